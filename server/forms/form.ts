// Shared form parsing: zod field schemas for untrusted bodies, mapped to i18n field errors.
import { z } from "zod";
import { parseDateInput } from "../domain/jalali";

export interface FieldError {
  key: string;
  params?: Record<string, string | number>;
}
export type FieldErrors = Record<string, FieldError>;

export type FormResult<T> =
  | { ok: true; value: T; values: Record<string, unknown> }
  | { ok: false; errors: FieldErrors; values: Record<string, unknown> };

const PERSIAN_DIGITS = /[۰-۹٠-٩]/g;

/** Converts Persian and Arabic-Indic digits to ASCII, so either digit set is accepted. */
export function normaliseDigits(s: string): string {
  return s.replace(PERSIAN_DIGITS, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/**
 * A typed date in either calendar, with Latin, Persian or Arabic-Indic digits, as an ISO date: a year below
 * 1700 is Solar Hijri ("1405/09/01" → "2026-11-22"), otherwise Gregorian ("2026-11-22", "2026/11/22").
 * Null when it is not a real day.
 */
export function readDate(text: string): string | null {
  const r = parseDateInput(text);
  return r.ok ? r.iso : null;
}

function toIsoDate(s: string, ctx: z.RefinementCtx): string {
  const iso = readDate(s);
  if (iso === null) {
    ctx.addIssue({ code: "custom", message: "errors.date", input: s });
    return z.NEVER;
  }
  return iso;
}

/** A scalar form value as a trimmed string ('' when missing or not a string). */
const raw = (v: unknown) => (typeof v === "string" ? v.trim() : "");

function numberish(v: unknown): number | undefined {
  const s = normaliseDigits(raw(v)).replace(/[٫]/g, ".").replace(/[,٬\s]/g, "");
  if (s === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

/**
 * A schema-level error map for numbers: only the type issue gets this key (empty → required), so
 * range checks keep their own errors.min / errors.max with the bound.
 */
function typeError(key: string) {
  return (iss: { code?: string; input?: unknown }) =>
    iss.code === "invalid_type" ? (iss.input === undefined ? "errors.required" : key) : undefined;
}

export const field = {
  /** Required text up to max characters. */
  text: (max: number) => z.preprocess(raw, z.string().min(1, { error: "errors.required" }).max(max)),
  /** Optional text up to max characters ('' when empty). */
  optionalText: (max: number) => z.preprocess(raw, z.string().max(max)),
  email: () =>
    z.preprocess(raw, z.union([z.literal(""), z.string().max(254).pipe(z.email({ error: "errors.email" }))])),
  /** A required date typed in either calendar and digit set ("2026-11-22", "۱۴۰۵/۰۹/۰۱"), as ISO. */
  date: () => z.preprocess(raw, z.string().min(1, { error: "errors.required" }).transform(toIsoDate)),
  /** An optional date like field.date ('' → null). */
  optionalDate: () => z.preprocess(raw, z.string().transform((s, ctx) => (s === "" ? null : toIsoDate(s, ctx)))),
  int: (min: number, max: number) =>
    z.preprocess(numberish, z.number({ error: typeError("errors.integer") }).int({ error: "errors.integer" }).min(min).max(max)),
  optionalInt: (min: number, max: number) =>
    z.preprocess(numberish, z.number({ error: typeError("errors.integer") }).int({ error: "errors.integer" }).min(min).max(max).optional()),
  number: () => z.preprocess(numberish, z.number({ error: typeError("errors.number") }).min(-1e12).max(1e12)),
  optionalNumber: () =>
    z.preprocess(numberish, z.number({ error: typeError("errors.number") }).min(-1e12).max(1e12).optional()).transform((n) => n ?? null),
  choice: <T extends string>(list: readonly [T, ...T[]]) => z.preprocess(raw, z.enum(list, { error: "errors.choice" })),
  /** An optional id reference ('' → null); membership in the project is checked by the service. */
  optionalId: () =>
    z.preprocess((v) => {
      const s = raw(v);
      if (s === "") return null;
      return /^[1-9]\d{0,9}$/.test(s) ? Number(s) : Number.NaN;
    }, z.number({ error: "errors.choice" }).int().nullable()),
  checkbox: () => z.preprocess((v) => (Array.isArray(v) ? v.includes("on") || v.includes("1") : v === "on" || v === "1" || v === "true"), z.boolean()),
};

/** Maps a zod issue to a catalogue key with params. */
export function issueToError(issue: z.core.$ZodIssue): FieldError {
  const msg = issue.message;
  if (msg.startsWith("errors.") || /^[a-z]+\.errors\./.test(msg)) return { key: msg };
  switch (issue.code) {
    case "too_big":
      if (issue.origin === "string") return { key: "errors.tooLong", params: { max: Number(issue.maximum) } };
      return { key: "errors.max", params: { max: Number(issue.maximum) } };
    case "too_small":
      if (issue.origin === "string") return { key: "errors.required" };
      return { key: "errors.min", params: { min: Number(issue.minimum) } };
    case "invalid_value":
      return { key: "errors.choice" };
    case "invalid_format":
      return { key: "errors.invalid" };
    default:
      return { key: "errors.invalid" };
  }
}

/** Parses a body with a zod object schema into typed input or field errors (first error per field). */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown): FormResult<z.output<S>> {
  const values = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, value: result.data, values };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const name = issue.path.length ? String(issue.path[0]) : "_form";
    if (!errors[name]) errors[name] = issueToError(issue);
  }
  return { ok: false, errors, values };
}
