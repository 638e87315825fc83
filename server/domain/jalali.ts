// The Solar Hijri (Jalali) calendar used in Iran: conversion to and from ISO (Gregorian) dates via
// jalaali-js (the arithmetic of Borkowski's algorithm, which matches the official calendar for
// 1178–3177 SH), formatting with Persian or Latin digits, and reading a typed date in either
// calendar. Pure.
import { isValidJalaaliDate, jalaaliMonthLength, isLeapJalaaliYear, toGregorian, toJalaali } from "jalaali-js";

export interface JalaliDate {
  jy: number;
  jm: number;
  jd: number;
}

export const JALALI_MONTHS_FA = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"] as const;
export const JALALI_MONTHS_EN = ["Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"] as const;

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** Splits an ISO date; null when it is not one. */
function isoParts(iso: string): { gy: number; gm: number; gd: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [gy, gm, gd] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(gy, gm - 1, gd));
  if (d.getUTCFullYear() !== gy || d.getUTCMonth() !== gm - 1 || d.getUTCDate() !== gd) return null;
  return { gy, gm, gd };
}

/** The Jalali date of an ISO date (null for a malformed one). */
export function toJalali(iso: string): JalaliDate | null {
  const p = isoParts(iso);
  // jalaali-js counts Solar Hijri years 1…3177 (AD 622 to about 3798); beyond that there is no Jalali date.
  if (!p || p.gy < 622 || p.gy > 3797) return null;
  try {
    const { jy, jm, jd } = toJalaali(p.gy, p.gm, p.gd);
    return { jy, jm, jd };
  } catch {
    return null;
  }
}

/** The ISO date of a Jalali date, or null when there is no such day (e.g. 1403/12/31 in a common year). */
export function fromJalali(jy: number, jm: number, jd: number): string | null {
  if (![jy, jm, jd].every(Number.isInteger) || jy < 1 || jy > 3177 || !isValidJalaaliDate(jy, jm, jd)) return null;
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return `${pad(gy, 4)}-${pad(gm)}-${pad(gd)}`;
}

export const isJalaliLeapYear = (jy: number): boolean => isLeapJalaaliYear(jy);
export const jalaliMonthLength = (jy: number, jm: number): number => jalaaliMonthLength(jy, jm);

const PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹";

/** Latin digits → Persian digits (other characters unchanged). */
export function toPersianDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)]);
}

/** Persian and Arabic-Indic digits → Latin digits. */
export function toLatinDigits(s: string): string {
  return s.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

/** "1405/09/01" (numeric) or "1 Azar 1405" / "۱ آذر ۱۴۰۵" (long); digits Persian when `persianDigits`. */
export function formatJalali(iso: string, opts: { style: "numeric" | "long"; persianDigits: boolean; monthNames?: "fa" | "en" }): string {
  const j = toJalali(iso);
  if (!j) return iso;
  const months = (opts.monthNames ?? (opts.persianDigits ? "fa" : "en")) === "fa" ? JALALI_MONTHS_FA : JALALI_MONTHS_EN;
  const text = opts.style === "numeric" ? `${j.jy}/${pad(j.jm)}/${pad(j.jd)}` : `${j.jd} ${months[j.jm - 1]} ${j.jy}`;
  return opts.persianDigits ? toPersianDigits(text) : text;
}

/** Years below this are Jalali, from it on Gregorian: the two never overlap in practice (SH 1700 = AD 2321). */
export const JALALI_YEAR_LIMIT = 1700;

export type DateInputResult = { ok: true; iso: string; calendar: "gregorian" | "jalali" } | { ok: false };

/**
 * Reads a typed date in either calendar, with Persian, Arabic-Indic or Latin digits and "/", "-" or "."
 * between year, month and day: a year below 1700 is Jalali (1405/9/1), otherwise Gregorian (2026-11-22).
 */
export function parseDateInput(text: string): DateInputResult {
  const m = /^\s*(\d{3,4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*$/.exec(toLatinDigits(text));
  if (!m) return { ok: false };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < JALALI_YEAR_LIMIT) {
    const iso = fromJalali(y, mo, d);
    return iso ? { ok: true, iso, calendar: "jalali" } : { ok: false };
  }
  const iso = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  return isoParts(iso) ? { ok: true, iso, calendar: "gregorian" } : { ok: false };
}
