// Primitive readers for the plain object an XML parser makes of an MSPDI document: text, numbers,
// flags, ISO 8601 durations and "YYYY-MM-DDTHH:MM:SS" instants. Hostile shapes give undefined, never a TypeError.
import { isIsoDate } from "./dates";

/** A note for the user about something the import changed or left out: an i18n key and its params. */
export interface ImportWarning {
  key: string;
  params: Record<string, string | number>;
}

/** A parsed element: what fast-xml-parser (or any XML-to-object mapper) gives for one tag. */
export type Node = Record<string, unknown>;

/** The longest duration or lag accepted, in working days (about forty years). */
export const MAX_DAYS = 10_000;

/** MS Project's own date range; anything outside it is not a date MS Project wrote. */
export const MIN_DATE = "1984-01-01";
export const MAX_DATE = "2149-12-31";

export function isNode(v: unknown): v is Node {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The child element, or undefined; a repeated scalar tag gives its first value. */
export function child(node: unknown, name: string): unknown {
  if (!isNode(node) || !Object.prototype.hasOwnProperty.call(node, name)) return undefined;
  const v = node[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The repeated child elements as an array (one element or none are fine too); non-objects are dropped. */
export function children(node: unknown, name: string): Node[] {
  if (!isNode(node) || !Object.prototype.hasOwnProperty.call(node, name)) return [];
  const v = node[name];
  return (Array.isArray(v) ? v : [v]).filter(isNode);
}

/** The trimmed text of a scalar element (a number is printed); undefined when absent or not scalar. */
export function text(node: unknown, name: string): string | undefined {
  const v = child(node, name);
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  if (typeof v === "boolean") return v ? "1" : "0";
  if (isNode(v) && typeof v["#text"] === "string") return v["#text"].trim();
  return undefined;
}

/** A finite number, or undefined when absent, empty or not numeric. */
export function num(node: unknown, name: string): number | undefined {
  const s = text(node, name);
  if (s === undefined || !/^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** An integer, or undefined (a fractional or non-numeric value is undefined). */
export function int(node: unknown, name: string): number | undefined {
  const n = num(node, name);
  return n !== undefined && Number.isSafeInteger(n) ? n : undefined;
}

/** MSPDI flags are 1/0 (some writers use true/false); undefined when absent. */
export function flag(node: unknown, name: string): boolean | undefined {
  const s = text(node, name)?.toLowerCase();
  if (s === "1" || s === "true") return true;
  if (s === "0" || s === "false") return false;
  return undefined;
}

export interface Instant {
  /** ISO calendar date. */
  date: string;
  /** Minutes since midnight. */
  minutes: number;
}

/** "2014-10-17T08:00:00" (or a bare date) → date and minutes; undefined when malformed or outside MS Project's range. */
export function instant(node: unknown, name: string): Instant | undefined {
  const s = text(node, name);
  if (!s) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  if (!m || !isIsoDate(m[1]) || m[1] < MIN_DATE || m[1] > MAX_DATE) return undefined;
  const hours = Number(m[2] ?? 0);
  const minutes = Number(m[3] ?? 0);
  if (hours > 24 || minutes > 59) return undefined;
  return { date: m[1], minutes: hours * 60 + minutes };
}

/** "08:00:00" → 480 minutes; "00:00:00" as an end time means midnight at the end of the day. */
export function timeOfDay(node: unknown, name: string, isEnd = false): number | undefined {
  const s = text(node, name);
  const m = s ? /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(s) : null;
  if (!m) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  if (minutes > 24 * 60) return undefined;
  return isEnd && minutes === 0 ? 24 * 60 : minutes;
}

/**
 * An ISO 8601 duration as MS Project writes it ("PT16H0M0S", "-PT4H30M0S", "P1DT2H") in minutes of
 * working time; a D component counts 24 hours as ISO says. Undefined when malformed.
 */
export function durationMinutes(node: unknown, name: string): number | undefined {
  const s = text(node, name);
  if (!s) return undefined;
  const m = /^(-)?P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(s);
  if (!m || s.endsWith("T") || s === "P" || s === "-P") return undefined;
  const [days, hours, minutes, seconds] = [m[2], m[3], m[4], m[5]].map((x) => (x === undefined ? 0 : Number(x)));
  const total = days * 1440 + hours * 60 + minutes + seconds / 60;
  if (!Number.isFinite(total)) return undefined;
  return m[1] ? -total : total;
}

/** Rounds half away from zero (2.5 → 3, −2.5 → −3) and never gives −0. */
export function roundDays(x: number): number {
  const r = Math.sign(x) * Math.round(Math.abs(x));
  return r === 0 ? 0 : r;
}
