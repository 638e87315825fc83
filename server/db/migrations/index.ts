// Every migration, in order.
import { Initial1795449795739 } from "./1795449795739-Initial";

export const migrations: Function[] = [Initial1795449795739];
