// Handlebars helpers. Each concern lives in its own file; this one registers them all.
import { translationHelpers } from "./translate";
import { dateHelpers } from "./dates";
import { logicHelpers, obj } from "./logic";
import { ganttHelpers } from "./gantt";

export const helpers = { ...translationHelpers, ...dateHelpers, ...logicHelpers, ...ganttHelpers, obj };
