// Small comparison and formatting helpers for logic-light templates.
import type { HelperOptions } from "handlebars";
import { formatNumber } from "./format";
import type { Locale } from "../i18n";

export const logicHelpers = {
  eq: (a: unknown, b: unknown) => String(a ?? "") === String(b ?? ""),
  ne: (a: unknown, b: unknown) => String(a ?? "") !== String(b ?? ""),
  or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
  and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
  not: (a: unknown) => !a,
  /** True when value (or any element of an array value) equals option, for selected/checked. */
  includes: (list: unknown, value: unknown) =>
    Array.isArray(list) ? list.map(String).includes(String(value)) : String(list ?? "") === String(value),
  num(n: unknown, options: HelperOptions): string {
    if (typeof n !== "number" || !Number.isFinite(n)) return "";
    return formatNumber(n, (options.data?.root?.locale as Locale) ?? "en");
  },
  /** A signed number: "+2", "0", "−3" (for slips and variances). */
  signed(n: unknown, options: HelperOptions): string {
    if (typeof n !== "number" || !Number.isFinite(n)) return "";
    const text = formatNumber(Math.abs(n), (options.data?.root?.locale as Locale) ?? "en");
    return n > 0 ? `+${text}` : n < 0 ? `−${text}` : text;
  },
  /** Builds a list inline: {{#each (list "a" "b")}}. */
  list: (...args: unknown[]) => args.slice(0, -1),
  concat: (...args: unknown[]) => args.slice(0, -1).join(""),
};

/** {{obj key=value}}: an object literal from hash arguments (for partial parameters). */
export function obj(options: HelperOptions): Record<string, unknown> {
  return { ...options.hash };
}
