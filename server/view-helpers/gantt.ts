// {{ganttTick tick}}: the words of a Gantt axis cell from the date parts the layout computed, in the
// tick's calendar (Gregorian month names from the catalogue, Jalali ones from domain/jalali.ts) and with
// Persian digits on Persian pages.
import type { HelperOptions } from "handlebars";
import { translate, type Locale } from "../i18n";
import type { GanttTick } from "../domain/gantt-layout";
import { JALALI_MONTHS_EN, JALALI_MONTHS_FA, toPersianDigits } from "../domain/jalali";
import { ganttSvgHelpers } from "./gantt-svg";
import { ganttGridHelpers } from "./gantt-grid";

/** A month's name in the calendar and locale; `short` for narrow cells ("Mar", "Ordi"; Persian names stay whole). */
export function monthName(calendar: GanttTick["calendar"], month: number, locale: Locale, short = false): string {
  if (calendar === "jalali") {
    if (locale === "fa") return JALALI_MONTHS_FA[month - 1];
    const name = JALALI_MONTHS_EN[month - 1];
    // Four letters, as Jalali calendars abbreviate them in Latin script: "Farv", "Ordi", "Mehr", "Azar", "Dey".
    return short ? name.slice(0, 4) : name;
  }
  return translate(locale, `${short ? "monthShort" : "month"}.${month}`);
}

/** Latin digits on English pages, Persian ones on Persian pages (whatever the calendar). */
export function digits(n: number, locale: Locale): string {
  return locale === "fa" ? toPersianDigits(String(n)) : String(n);
}

/** The label of an axis cell ("March 2026", "آذر ۱۴۰۵", "Mar", "2026", "9", "Q2"), or "" when it does not fit. */
export function tickLabel(tick: GanttTick, locale: Locale): string {
  switch (tick.format) {
    case "monthYear":
      return `${monthName(tick.calendar, tick.month, locale)} ${digits(tick.year, locale)}`;
    case "month":
      return monthName(tick.calendar, tick.month, locale);
    case "monthShort":
      return monthName(tick.calendar, tick.month, locale, true);
    case "year":
      return digits(tick.year, locale);
    case "day":
      return digits(tick.day, locale);
    case "quarter": {
      const text = translate(locale, "gantt.quarter", { n: tick.quarter });
      return locale === "fa" ? toPersianDigits(text) : text;
    }
    default:
      return "";
  }
}

/** An S-curve month tick ("Apr 2026", "May", "آذر ۱۴۰۵"): the short month name, and the year when asked. */
export function monthTickLabel(tick: { calendar: GanttTick["calendar"]; month: number; year: number; showYear: boolean }, locale: Locale): string {
  const month = monthName(tick.calendar, tick.month, locale, true);
  return tick.showYear ? `${month} ${digits(tick.year, locale)}` : month;
}

const localeOf = (options: HelperOptions): Locale => (options.data?.root?.locale as Locale) ?? "en";

export const ganttHelpers = {
  ...ganttSvgHelpers,
  ...ganttGridHelpers,
  ganttTick(tick: GanttTick, options: HelperOptions): string {
    return tickLabel(tick, localeOf(options));
  },
  /** {{monthTick tick}}: a month tick of the S-curve's time axis (server/domain/s-curve-chart.ts). */
  monthTick(tick: Parameters<typeof monthTickLabel>[0], options: HelperOptions): string {
    return monthTickLabel(tick, localeOf(options));
  },
};
