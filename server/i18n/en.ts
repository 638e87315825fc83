// The English catalogue: the complete set of keys. Other locales are checked against it.
import { common } from "./en/common";
import { projects } from "./en/projects";
import { phases } from "./en/phases";
import { tasks } from "./en/tasks";
import { registers } from "./en/registers";
import { overview } from "./en/overview";
import { importMspdi } from "./en/import";
import { gantt } from "./en/gantt";
import { schedule } from "./en/schedule";
import { auth } from "./en/auth";
import { dashboard } from "./en/dashboard";
import { activity } from "./en/activity";
import { templates } from "./en/templates";
import { fromTemplate } from "./en/from-template";
import { templateLibrary } from "./en/template-library";
import { account } from "./en/account";
import { holidays } from "./en/holidays";
import { crm } from "./en/crm";
import { crmRegisters } from "./en/crm-registers";

export const en = { ...common, ...projects, ...phases, ...tasks, ...registers, ...overview, ...gantt, ...importMspdi, ...schedule, ...dashboard, ...activity, ...auth, ...templates, ...fromTemplate, ...templateLibrary, ...account, ...holidays, ...crm, ...crmRegisters };
