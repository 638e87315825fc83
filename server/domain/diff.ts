// Field diffs for the activity log: which fields of a record changed (old → new value), and which
// predecessor links of a task were added, removed or retyped. Values are kept short so the log stays compact.

export type ChangeValue = string | number | boolean | null;

/** One changed field: `from` is null for a value that was set, `to` is null for one that was cleared. */
export interface FieldChange {
  field: string;
  from: ChangeValue;
  to: ChangeValue;
}

/** A record's loggable fields by name: plain values, with references already turned into names. */
export type Snapshot = Record<string, ChangeValue | undefined>;

/** Texts longer than this many characters are cut (with an ellipsis) when stored in a change. */
export const MAX_CHANGE_TEXT = 120;

/** The value as stored in a change: undefined and '' become null, long texts are cut to MAX_CHANGE_TEXT characters. */
export function compactValue(value: ChangeValue | undefined, max = MAX_CHANGE_TEXT): ChangeValue {
  if (value === undefined || value === "") return null;
  if (typeof value === "string" && value.length > max) return `${value.slice(0, max - 1)}…`;
  return value;
}

const same = (a: ChangeValue | undefined, b: ChangeValue | undefined) => (a ?? "") === (b ?? "");

/**
 * The fields whose values differ between before and after, in the order of after's keys (then any key
 * only before has). Empty text and null count as the same "no value".
 */
export function diffFields(before: Snapshot, after: Snapshot): FieldChange[] {
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return fields
    .filter((f) => !same(before[f], after[f]))
    .map((field) => ({ field, from: compactValue(before[field]), to: compactValue(after[field]) }));
}

/** A predecessor link of a task, as stored: the predecessor's id, the link type and the lag in working days. */
export interface LinkRef {
  predecessorId: number;
  type: string;
  lagDays: number;
}

/** "Kick-off" for a plain finish-to-start link, "Kick-off (SS +2)" / "Kick-off (FS −1)" otherwise. */
export function linkText(name: string, type: string, lagDays: number): string {
  if (type === "FS" && lagDays === 0) return name;
  const lag = lagDays > 0 ? ` +${lagDays}` : lagDays < 0 ? ` −${-lagDays}` : "";
  return `${name} (${type}${lag})`;
}

/**
 * A task's predecessor changes, each as field "predecessors": removed links (to: null) and retyped ones
 * (both set) in the order of before, then added links (from: null) in the order of after.
 * Linear in the number of links.
 */
export function diffLinks(before: readonly LinkRef[], after: readonly LinkRef[], nameOf: (id: number) => string): FieldChange[] {
  const text = (l: LinkRef) => compactValue(linkText(nameOf(l.predecessorId), l.type, l.lagDays));
  const afterById = new Map(after.map((l) => [l.predecessorId, l]));
  const beforeIds = new Set(before.map((l) => l.predecessorId));
  const changes: FieldChange[] = [];
  for (const old of before) {
    const now = afterById.get(old.predecessorId);
    if (!now) changes.push({ field: "predecessors", from: text(old), to: null });
    else if (now.type !== old.type || now.lagDays !== old.lagDays) changes.push({ field: "predecessors", from: text(old), to: text(now) });
  }
  for (const l of after) if (!beforeIds.has(l.predecessorId)) changes.push({ field: "predecessors", from: null, to: text(l) });
  return changes;
}

/** Names as one comparable value: sorted, comma-separated ('' for none). */
export function nameList(names: readonly string[]): string {
  return [...names].sort((a, b) => a.localeCompare(b)).join(", ");
}
