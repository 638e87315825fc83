// Formatting of dates and numbers for a locale and a date calendar; used by helpers and by view-model
// builders. Dates are calendar days (UTC); timestamps are shown in UTC.
//
//            | gregorian                      | jalali
//   en       | "22 Nov 2026"                  | "1 Azar 1405"
//   fa       | "۲۲ نوامبر ۲۰۲۶" (Intl, gregory) | "۱ آذر ۱۴۰۵"
//
// Date inputs use the numeric form instead (formatDateInput): ISO in a Gregorian page (the browser's
// date picker), "۱۴۰۵/۰۹/۰۱" (Persian digits in fa, Latin in en) in a Jalali one.
import dayjs from "dayjs";
import utc from "dayjs/plugin/utc";
import { formatJalali } from "../domain/jalali";
import type { DateCalendar } from "../http/locals";
import type { Locale } from "../i18n";

export type { DateCalendar };

dayjs.extend(utc);

/** The calendar a locale uses unless the user chose another: Jalali in Persian, Gregorian otherwise. */
export function defaultCalendar(locale: Locale): DateCalendar {
  return locale === "fa" ? "jalali" : "gregorian";
}

/** A known calendar name, else the locale's own. */
export function calendarOf(locale: Locale, calendar?: unknown): DateCalendar {
  return calendar === "gregorian" || calendar === "jalali" ? calendar : defaultCalendar(locale);
}

const faGregorian = new Intl.DateTimeFormat("fa-IR-u-ca-gregory", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** The date part (YYYY-MM-DD, UTC) of an ISO date or timestamp, or null when it is not one. */
function isoDay(iso: string): dayjs.Dayjs | null {
  const d = dayjs.utc(iso);
  return d.isValid() ? d : null;
}

function dayText(d: dayjs.Dayjs, locale: Locale, calendar: DateCalendar): string {
  if (calendar === "jalali") return formatJalali(d.format("YYYY-MM-DD"), { style: "long", persianDigits: locale === "fa" });
  if (locale === "fa") return faGregorian.format(d.toDate());
  return d.format("D MMM YYYY");
}

/**
 * A date for prose and tables: "3 Nov 2026" (en), "۱ آذر ۱۴۰۵" (fa); the calendar defaults to the
 * locale's (see the table above). Anything that is not a date comes back unchanged.
 */
export function formatDate(iso: string, locale: Locale, calendar?: DateCalendar): string {
  const d = isoDay(iso);
  return d ? dayText(d, locale, calendarOf(locale, calendar)) : iso;
}

/** The time of day in UTC with the zone's Persian name from ICU: "۱۴:۰۵ (زمان هماهنگ جهانی)". */
const faUtcTime = new Intl.DateTimeFormat("fa-IR", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC", timeZoneName: "long" });

/**
 * "3 Nov 2026, 14:05 UTC" (en), "۱ آذر ۱۴۰۵، ۱۴:۰۵ (زمان هماهنگ جهانی)" (fa: Persian digits, and the zone
 * named in Persian, as ICU names it) for an ISO timestamp.
 */
export function formatTimestamp(iso: string, locale: Locale, calendar?: DateCalendar): string {
  const d = isoDay(iso);
  if (!d) return iso;
  const day = dayText(d, locale, calendarOf(locale, calendar));
  return locale === "fa" ? `${day}، ${faUtcTime.format(d.toDate())}` : `${day}, ${d.format("HH:mm")} UTC`;
}

/**
 * A date as typed in a date field: ISO for Gregorian (what <input type="date"> takes), "۱۴۰۵/۰۹/۰۱"
 * for Jalali (Persian digits in fa). Text that is not an ISO date (the user's own input shown back
 * after a refused form) is returned as typed.
 */
export function formatDateInput(value: string, locale: Locale, calendar?: DateCalendar): string {
  if (calendarOf(locale, calendar) !== "jalali" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return formatJalali(value, { style: "numeric", persianDigits: locale === "fa" });
}

/** The example shown in an empty Jalali date field ("۱۴۰۵/۰۹/۰۱" in fa, "1405/09/01" in en). */
export function jalaliInputExample(locale: Locale): string {
  return locale === "fa" ? "۱۴۰۵/۰۹/۰۱" : "1405/09/01";
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

export function formatNumber(n: number, locale: Locale): string {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(locale === "fa" ? "fa-IR" : "en-GB", { maximumFractionDigits: 2 })));
  return f.format(n);
}

/**
 * Message params with their numbers written in the locale's digits, for t(): in Persian "{count} روز" then
 * reads "۳ روز". English keeps the numbers as they are (its "one||other" plural forms choose by them);
 * Persian messages have a single form, so a formatted string loses nothing.
 */
export function localNumbers<P extends Record<string, unknown>>(params: P, locale: Locale): P {
  if (locale !== "fa") return params;
  const out: Record<string, unknown> = { ...params };
  for (const [k, v] of Object.entries(out)) if (typeof v === "number" && Number.isFinite(v)) out[k] = formatNumber(v, locale);
  return out as P;
}
