// Message catalogues and translation: t(locale, key, params) with {name} placeholders.
import { en } from "./en";
import { fa } from "./fa";

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
export const LOCALES = ["en", "fa"] as const;
export type Locale = (typeof LOCALES)[number];

const catalogues: Record<Locale, Partial<Catalogue>> = { en, fa };

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** The message for key in locale (falling back to English), with {param} placeholders filled in. */
export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const template = (catalogues[locale] as Record<string, string>)[key] ?? (en as Record<string, string>)[key];
  if (template === undefined) return key;
  return fill(pluralForm(locale, template, params.count), params);
}

/**
 * Messages with a count may hold two forms, "one||other" (e.g. "{count} day||{count} days"); the
 * locale's plural rules pick one. Persian needs no second form.
 */
function pluralForm(locale: Locale, template: string, count: unknown): string {
  if (!template.includes("||")) return template;
  const [one, other] = template.split("||");
  if (typeof count !== "number") return other ?? one;
  return pluralRules(locale).select(count) === "one" ? one : (other ?? one);
}

const rulesByLocale = new Map<Locale, Intl.PluralRules>();
/** Intl.PluralRules is costly to build; one per locale serves every message. */
function pluralRules(locale: Locale): Intl.PluralRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) rulesByLocale.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

function fill(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (params[name] === undefined ? m : String(params[name])));
}

export function directionOf(locale: Locale): "ltr" | "rtl" {
  return locale === "fa" ? "rtl" : "ltr";
}
