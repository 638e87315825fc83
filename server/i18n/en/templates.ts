// Project templates: import problems and instantiation warnings. The texts live with the format
// (server/domain/template-format.ts) so the CLI and tests render the same English.
import { TEMPLATE_PROBLEM_MESSAGES_EN } from "../../domain/template-format";

export const templates = { ...TEMPLATE_PROBLEM_MESSAGES_EN };
