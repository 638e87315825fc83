// Date display: one format per locale on every page.
import type { HelperOptions } from "handlebars";
import { formatDate, formatTimestamp } from "./format";
import type { Locale } from "../i18n";

export const dateHelpers = {
  date(iso: unknown, options: HelperOptions): string {
    return typeof iso === "string" && iso ? formatDate(iso, (options.data?.root?.locale as Locale) ?? "en") : "";
  },
  timestamp(value: unknown, options: HelperOptions): string {
    const iso = value instanceof Date ? value.toISOString() : value;
    return typeof iso === "string" && iso ? formatTimestamp(iso, (options.data?.root?.locale as Locale) ?? "en") : "";
  },
};
