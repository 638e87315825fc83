// {{ganttTick tick}}: the words of a Gantt axis cell from the date parts the layout computed.
import type { HelperOptions } from "handlebars";
import { translate, type Locale } from "../i18n";
import type { GanttTick } from "../domain/gantt-layout";
import { ganttSvgHelpers } from "./gantt-svg";
import { ganttGridHelpers } from "./gantt-grid";

/** The label of an axis cell in the locale ("March 2026", "Mar", "2026", "9", "Q2"), or "" when it does not fit. */
export function tickLabel(tick: GanttTick, locale: Locale): string {
  switch (tick.format) {
    case "monthYear":
      return `${translate(locale, `month.${tick.month}`)} ${tick.year}`;
    case "month":
      return translate(locale, `month.${tick.month}`);
    case "monthShort":
      return translate(locale, `monthShort.${tick.month}`);
    case "year":
      return String(tick.year);
    case "day":
      return String(tick.day);
    case "quarter":
      return translate(locale, "gantt.quarter", { n: tick.quarter });
    default:
      return "";
  }
}

export const ganttHelpers = {
  ...ganttSvgHelpers,
  ...ganttGridHelpers,
  ganttTick(tick: GanttTick, options: HelperOptions): string {
    return tickLabel(tick, (options.data?.root?.locale as Locale) ?? "en");
  },
};
