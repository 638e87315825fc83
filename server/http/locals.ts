// Per-request view locals: locale, direction, t(), the current path, and a one-shot flash message.
import type { RequestHandler, Response } from "express";
import { directionOf, isMessageKey, LOCALES, translate, type Locale } from "../i18n";

const FLASH_COOKIE = "flash";

/** Gregorian or Solar Hijri (Jalali) dates. */
export type DateCalendar = "gregorian" | "jalali";
export const DATE_CALENDARS = ["gregorian", "jalali"] as const;

const isLocale = (v: unknown): v is Locale => typeof v === "string" && (LOCALES as readonly string[]).includes(v);

/** The first supported language of an Accept-Language header ("fa-IR,fa;q=0.9,en;q=0.8" → fa), by weight. */
export function localeFromAcceptLanguage(header: string | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
      return { lang: tag.trim().toLowerCase().split("-")[0], q: q ? Number(q[1]) : 1, i };
    })
    .filter((x) => x.lang && Number.isFinite(x.q) && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return ranked.map((x) => x.lang).find(isLocale) ?? null;
}

/** Sets the page language, its direction, t() and the date calendar (the locale's unless overridden). */
export function applyLocale(res: Response, locale: Locale, calendar?: DateCalendar): void {
  res.locals.locale = locale;
  res.locals.dir = directionOf(locale);
  res.locals.calendar = calendar ?? (locale === "fa" ? "jalali" : "gregorian");
  res.locals.t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
}

/**
 * The page language: ?lang= (remembered in a cookie), else the cookie, else — once the user is known —
 * their profile (see userLocale), else the browser's Accept-Language, else English.
 */
export const localsMiddleware: RequestHandler = (req, res, next) => {
  const fromQuery = typeof req.query.lang === "string" ? req.query.lang : undefined;
  const fromCookie = typeof req.cookies?.lang === "string" ? req.cookies.lang : undefined;
  let locale: Locale = "en";
  res.locals.localeChosen = true;
  if (isLocale(fromQuery)) {
    locale = fromQuery;
    res.cookie("lang", locale, { httpOnly: true, sameSite: "lax", maxAge: 365 * 86_400_000 });
  } else if (isLocale(fromCookie)) {
    locale = fromCookie;
  } else {
    locale = localeFromAcceptLanguage(req.headers["accept-language"]) ?? "en";
    res.locals.localeChosen = false;
  }
  applyLocale(res, locale);
  res.locals.currentPath = req.path;
  res.locals.t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);

  const flash = typeof req.cookies?.[FLASH_COOKIE] === "string" ? req.cookies[FLASH_COOKIE] : undefined;
  if (flash) {
    // Only catalogue keys are ever shown, so a forged cookie cannot inject text.
    const [key, ...rest] = flash.split("|");
    if (isMessageKey(key)) res.locals.flash = translate(locale, key, { name: rest.join("|") });
    res.clearCookie(FLASH_COOKIE);
  }
  next();
};

/** Sets a one-shot message (an i18n key, with an optional {name} param) shown on the next page. */
export function flash(res: Response, key: string, name = ""): void {
  res.cookie(FLASH_COOKIE, name ? `${key}|${name}` : key, { httpOnly: true, sameSite: "lax", maxAge: 60_000 });
}

/**
 * After sign-in is known: the user's profile language applies unless the request chose one (?lang= or the
 * cookie), and their date calendar preference ("auto" follows the language) applies always.
 */
export const userLocale: RequestHandler = (_req, res, next) => {
  const user = res.locals.user as { locale?: string; dateCalendar?: string } | undefined;
  if (user) {
    const locale: Locale = !res.locals.localeChosen && isLocale(user.locale) ? user.locale : res.locals.locale;
    const calendar = (DATE_CALENDARS as readonly string[]).includes(user.dateCalendar ?? "") ? (user.dateCalendar as DateCalendar) : undefined;
    applyLocale(res, locale, calendar);
  }
  next();
};
