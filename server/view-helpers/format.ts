// Formatting of dates and numbers for a locale; used by helpers and by view-model builders.
import dayjs from "dayjs";
import utc from "dayjs/plugin/utc";
import type { Locale } from "../i18n";

dayjs.extend(utc);

/** "3 Nov 2026" for an ISO date. */
export function formatDate(iso: string, _locale: Locale): string {
  const d = dayjs.utc(iso);
  return d.isValid() ? d.format("D MMM YYYY") : iso;
}

/** "3 Nov 2026, 14:05 UTC" for an ISO timestamp. */
export function formatTimestamp(iso: string, _locale: Locale): string {
  const d = dayjs.utc(iso);
  return d.isValid() ? d.format("D MMM YYYY, HH:mm [UTC]") : iso;
}

export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "fa" ? "fa-IR" : "en-GB", { maximumFractionDigits: 2 }).format(n);
}
