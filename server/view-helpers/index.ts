// Handlebars helpers. Each concern lives in its own file; this one registers them all.
import { translationHelpers } from "./translate";
import { dateHelpers } from "./dates";
import { logicHelpers, obj } from "./logic";

export const helpers = { ...translationHelpers, ...dateHelpers, ...logicHelpers, obj };
