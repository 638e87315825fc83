// New project from a built-in template: which template, the project's name and client, the anchor
// (kickoff or go-live) and its date, and optional holidays (one date a line, in either calendar).
import { z } from "zod";
import { field, parseForm, readDate } from "./form";

export const TEMPLATE_ANCHORS = ["kickoff", "golive"] as const;
export type TemplateAnchor = (typeof TEMPLATE_ANCHORS)[number];

/**
 * The holidays textarea: one date a line — ISO or Jalali ("1405/01/01"), Latin or Persian digits — blank
 * lines ignored; any other line is an error. Gives sorted, distinct ISO dates.
 */
const holidays = z.preprocess(
  (v) => (typeof v === "string" ? v : ""),
  z
    .string()
    .max(20_000)
    .transform((s, ctx) => {
      const lines = s.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
      const dates = lines.map(readDate);
      if (lines.length > 1000 || dates.some((d) => d === null)) {
        ctx.addIssue({ code: "custom", message: "templates.errors.holidays" });
        return z.NEVER;
      }
      return [...new Set(dates as string[])].sort();
    }),
);

/** `isKnown` tells whether a template choice ("<key>:<language>") names a template. */
export function parseFromTemplateForm(body: unknown, isKnown: (choice: string) => boolean) {
  const schema = z.object({
    template: field.text(100).refine(isKnown, { error: "templates.errors.unknownTemplate" }),
    name: field.optionalText(200),
    clientOrganisation: field.optionalText(200),
    anchor: field.choice(TEMPLATE_ANCHORS),
    date: field.date(),
    holidays,
    // None ticked (or the field left out): the template's own working week.
    workingDays: z.preprocess(
      (v) => (Array.isArray(v) ? v : typeof v === "string" && v ? [v] : []).map((x) => Number(x)),
      z
        .array(z.number().int().min(1, { error: "errors.workingDays" }).max(7, { error: "errors.workingDays" }))
        .max(7)
        .transform((days) => (days.length === 0 ? undefined : [...new Set(days)].sort((a, b) => a - b))),
    ),
  });
  return parseForm(schema, body);
}

export type FromTemplateInput = Extract<ReturnType<typeof parseFromTemplateForm>, { ok: true }>["value"];
