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

/**
 * The message for key in locale (falling back to English), with {param} placeholders filled in. In a
 * right-to-left locale a string param with left-to-right letters or European digits in it (a Latin name,
 * an e-mail address, a WBS number such as "1.2.1") is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL
 * ISOLATE (U+2068 … U+2069), so it keeps its own direction and cannot reorder the words around it. Persian
 * text with Persian digits needs no isolation in a Persian sentence, and is filled in as it is, as are
 * params that are numbers.
 */
export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  return message(locale, key, params, directionOf(locale) === "rtl");
}

/**
 * As translate(), without bidi isolation marks: for text that is stored or leaves the page (a name saved
 * in the database, a file name), where invisible control characters would become part of the data.
 */
export function translatePlain(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  return message(locale, key, params, false);
}

function message(locale: Locale, key: string, params: Record<string, unknown>, isolate: boolean): string {
  const template = (catalogues[locale] as Record<string, string>)[key] ?? (en as Record<string, string>)[key];
  if (template === undefined) return key;
  return fill(pluralForm(locale, template, params.count), params, isolate);
}

/** U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE. */
export const FSI = "\u2068";
export const PDI = "\u2069";

/** A letter of a left-to-right script: anything but Arabic, Hebrew, Syriac, Thaana and N'Ko letters. */
const LTR_LETTER = /(?![\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}])\p{L}/u;

/**
 * The value isolated from the text around it when it has left-to-right letters or European digits (an
 * already isolated value stays as it is).
 */
export function isolated(value: string): string {
  if (!(/[0-9]/.test(value) || LTR_LETTER.test(value)) || (value.startsWith(FSI) && value.endsWith(PDI))) return value;
  return `${FSI}${value}${PDI}`;
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

function fill(template: string, params: Record<string, unknown>, isolate: boolean): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const value = params[name];
    if (value === undefined) return m;
    // Numbers in Persian text take Persian digits (and the Persian decimal separator).
    if (typeof value === "number" && isolate) return persianNumber(value);
    return isolate && typeof value === "string" ? isolated(value) : String(value);
  });
}

const PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹";
/** 1404 → "۱۴۰۴", -2.5 → "−۲٫۵" (no grouping: counts, years and days read as written). */
function persianNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(n)
    .replace(/^-/, "\u2212")
    .replace(".", "\u066B")
    .replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)]);
}

export function directionOf(locale: Locale): "ltr" | "rtl" {
  return locale === "fa" ? "rtl" : "ltr";
}
