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
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (params[name] === undefined ? m : String(params[name])));
}

export function directionOf(locale: Locale): "ltr" | "rtl" {
  return locale === "fa" ? "rtl" : "ltr";
}
