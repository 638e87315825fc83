// Per-request view locals: locale, direction, t(), the current path, and a one-shot flash message.
import type { RequestHandler, Response } from "express";
import { directionOf, isMessageKey, LOCALES, translate, type Locale } from "../i18n";

const FLASH_COOKIE = "flash";

export const localsMiddleware: RequestHandler = (req, res, next) => {
  const fromQuery = typeof req.query.lang === "string" ? req.query.lang : undefined;
  const fromCookie = typeof req.cookies?.lang === "string" ? req.cookies.lang : undefined;
  let locale: Locale = "en";
  if (fromQuery && (LOCALES as readonly string[]).includes(fromQuery)) {
    locale = fromQuery as Locale;
    res.cookie("lang", locale, { httpOnly: true, sameSite: "lax", maxAge: 365 * 86_400_000 });
  } else if (fromCookie && (LOCALES as readonly string[]).includes(fromCookie)) {
    locale = fromCookie as Locale;
  }
  res.locals.locale = locale;
  res.locals.dir = directionOf(locale);
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
