// Persian catalogue. Keys missing here fall back to English until the Persian issue completes it.
import type { Catalogue } from "./index";

export const fa: Partial<Catalogue> = {
  "app.name": "برنامه‌ریز استقرار CRM",
  "phase.planning": "برنامه‌ریزی",
  "phase.foundation": "پایه‌ریزی",
  "phase.rollout": "استقرار",
};
