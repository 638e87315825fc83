// Task form: fields, WBS parent, dates, and the predecessor rows (task, type, lag).
import { z } from "zod";
import { field, normaliseDigits, parseForm, type FieldErrors, type FormResult } from "./form";
import { LINK_TYPES, type LinkType } from "../domain/types";
import { CONSTRAINT_TYPES } from "../domain/schedule-types";

const schema = z.object({
  name: field.text(300),
  key: field.optionalText(40),
  phaseId: field.optionalId(),
  parentId: field.optionalId(),
  startDate: field.optionalDate(),
  durationDays: field.optionalInt(0, 10000),
  finishDate: field.optionalDate(),
  milestone: field.checkbox(),
  progress: z.preprocess((v) => (v === undefined || v === "" ? "0" : v), field.int(0, 100)),
  assigneeId: field.optionalId(),
  notes: field.optionalText(5000),
  manual: z.preprocess((v) => v === "manual", z.boolean()),
  constraintType: z.preprocess((v) => (v === undefined || v === "" ? "ASAP" : v), field.choice(CONSTRAINT_TYPES)),
  constraintDate: field.optionalDate(),
}).superRefine((v, ctx) => {
  // A manual task is pinned to its start; a dated constraint needs its date.
  if (v.manual && v.startDate === null) ctx.addIssue({ code: "custom", path: ["startDate"], message: "tasks.errors.manualStart" });
  if (v.constraintType !== "ASAP" && v.constraintDate === null) ctx.addIssue({ code: "custom", path: ["constraintDate"], message: "tasks.errors.constraintDate" });
});

export interface PredecessorRow {
  predecessorId: number;
  type: LinkType;
  lagDays: number;
}

export type TaskInput = z.output<typeof schema> & { predecessors: PredecessorRow[] };

/** The raw predecessor rows as posted (pred[i][taskId|type|lag]); qs gives an array or an object. */
export function rawPredecessorRows(body: unknown): { taskId: string; type: string; lag: string }[] {
  const pred = (body as Record<string, unknown> | null)?.pred;
  if (!pred || typeof pred !== "object") return [];
  const rows = Array.isArray(pred) ? pred : Object.values(pred);
  return rows.slice(0, 200).map((r) => {
    const o = (r && typeof r === "object" ? r : {}) as Record<string, unknown>;
    const s = (v: unknown) => (typeof v === "string" ? v.trim() : "");
    return { taskId: s(o.taskId), type: s(o.type) || "FS", lag: s(o.lag) };
  });
}

function parsePredecessors(body: unknown): { rows: PredecessorRow[]; error?: FieldErrors[string] } {
  const rows: PredecessorRow[] = [];
  for (const r of rawPredecessorRows(body)) {
    if (r.taskId === "") continue; // an empty row is simply unused
    if (!/^[1-9]\d{0,9}$/.test(r.taskId)) return { rows, error: { key: "links.errors.otherProject" } };
    if (!(LINK_TYPES as readonly string[]).includes(r.type)) return { rows, error: { key: "errors.choice" } };
    const lagText = normaliseDigits(r.lag).replace(/\u2212/g, "-");
    const lag = lagText === "" ? 0 : /^[+-]?\d+$/.test(lagText) ? Number(lagText) : Number.NaN;
    if (!Number.isInteger(lag) || Math.abs(lag) > 10000) return { rows, error: { key: "errors.integer" } };
    rows.push({ predecessorId: Number(r.taskId), type: r.type as LinkType, lagDays: lag });
  }
  return { rows };
}

export function parseTaskForm(body: unknown): FormResult<TaskInput> {
  const base = parseForm(schema, body);
  const pred = parsePredecessors(body);
  if (!base.ok || pred.error) {
    const errors = base.ok ? {} : { ...base.errors };
    if (pred.error) errors.predecessors = pred.error;
    return { ok: false, errors, values: base.values };
  }
  return { ok: true, value: { ...base.value, predecessors: pred.rows }, values: base.values };
}
