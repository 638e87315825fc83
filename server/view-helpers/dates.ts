// Date display in the page's locale and date calendar (res.locals.locale / res.locals.calendar), and the
// date fields of views/partials/field.hbs: a browser date picker in Gregorian pages, a typed
// year/month/day text field in Jalali ones.
import type { HelperOptions } from "handlebars";
import { calendarOf, formatDate, formatDateInput, formatTimestamp, jalaliInputExample, type DateCalendar } from "./format";
import type { Locale } from "../i18n";

function pageOf(options: HelperOptions): { locale: Locale; calendar: DateCalendar } {
  const root = options.data?.root as { locale?: Locale; calendar?: unknown } | undefined;
  const locale: Locale = root?.locale ?? "en";
  return { locale, calendar: calendarOf(locale, root?.calendar) };
}

export const dateHelpers = {
  date(iso: unknown, options: HelperOptions): string {
    if (typeof iso !== "string" || !iso) return "";
    const { locale, calendar } = pageOf(options);
    return formatDate(iso, locale, calendar);
  },
  timestamp(value: unknown, options: HelperOptions): string {
    const iso = value instanceof Date ? value.toISOString() : value;
    if (typeof iso !== "string" || !iso) return "";
    const { locale, calendar } = pageOf(options);
    return formatTimestamp(iso, locale, calendar);
  },
  /** True for a date field (type="date") in a Jalali page: typed as text rather than picked. */
  jalaliDateField(type: unknown, options: HelperOptions): boolean {
    return type === "date" && pageOf(options).calendar === "jalali";
  },
  /** A date field's value: Jalali "۱۴۰۵/۰۹/۰۱" for an ISO date in a Jalali page, otherwise as given (raw input stays as typed). */
  dateInputValue(value: unknown, options: HelperOptions): string {
    if (value === undefined || value === null) return "";
    const { locale, calendar } = pageOf(options);
    return formatDateInput(String(value), locale, calendar);
  },
  /** The example date of an empty Jalali date field, in the page's digits. */
  jalaliDateExample(options: HelperOptions): string {
    return jalaliInputExample(pageOf(options).locale);
  },
};
