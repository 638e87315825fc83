// Every migration, in order.
import { Initial1795449795739 } from "./1795449795739-Initial";
import { Scheduling1795451534568 } from "./1795451534568-Scheduling";
import { GateOverride1795453445701 } from "./1795453445701-GateOverride";
import { DashboardActivity1795454583937 } from "./1795454583937-DashboardActivity";
import { Accounts1795454824155 } from "./1795454824155-Accounts";
import { Templates1795458856764 } from "./1795458856764-Templates";
import { UserPreferences1795461097698 } from "./1795461097698-UserPreferences";

export const migrations: Function[] = [Initial1795449795739, Scheduling1795451534568, GateOverride1795453445701, DashboardActivity1795454583937, Accounts1795454824155, Templates1795458856764, UserPreferences1795461097698];
