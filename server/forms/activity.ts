// The activity page's query: filters (record type, action, date range) and the page number. Bad values
// fall back to "no filter" / page 1 instead of failing, so a hand-edited URL never gives an error page.
import { ACTIVITY_ACTIONS, ACTIVITY_SUBJECT_TYPES, type ActivityAction, type ActivitySubjectType } from "../domain/types";
import { normaliseDigits, readDate } from "./form";

export interface ActivityFilter {
  subjectType: ActivitySubjectType | null;
  action: ActivityAction | null;
  /** Inclusive ISO dates (UTC days) or null. */
  from: string | null;
  to: string | null;
}

export interface ActivityQuery {
  filter: ActivityFilter;
  /** 1-based; the service clamps it to the last page. */
  page: number;
  /** The accepted values as strings, for the filter form and the pagination links. */
  values: { type: string; action: string; from: string; to: string };
}

const text = (v: unknown) => (typeof v === "string" ? normaliseDigits(v.trim()) : "");
const oneOf = <T extends string>(list: readonly T[], v: string): T | null => ((list as readonly string[]).includes(v) ? (v as T) : null);

export function parseActivityQuery(query: Record<string, unknown>): ActivityQuery {
  const subjectType = oneOf(ACTIVITY_SUBJECT_TYPES, text(query.type));
  const action = oneOf(ACTIVITY_ACTIONS, text(query.action));
  // Either calendar and digit set ("1405/09/01"), kept as ISO in the filter and the pagination links.
  const from = readDate(text(query.from));
  const to = readDate(text(query.to));
  const rawPage = text(query.page);
  const page = /^[1-9]\d{0,5}$/.test(rawPage) ? Number(rawPage) : 1;
  return {
    filter: { subjectType, action, from, to },
    page,
    values: { type: subjectType ?? "", action: action ?? "", from: from ?? "", to: to ?? "" },
  };
}
