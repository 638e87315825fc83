// New project from a built-in template: which template, the project's name and client, the anchor
// (kickoff or go-live) and its date, and optional holidays (ISO dates, one a line).
import { z } from "zod";
import { isIsoDate } from "../domain/dates";
import { field, normaliseDigits, parseForm } from "./form";

export const TEMPLATE_ANCHORS = ["kickoff", "golive"] as const;
export type TemplateAnchor = (typeof TEMPLATE_ANCHORS)[number];

/** The holidays textarea: one ISO date a line, blank lines ignored; any other line is an error. */
const holidays = z.preprocess(
  (v) => normaliseDigits(typeof v === "string" ? v : ""),
  z
    .string()
    .max(20_000)
    .transform((s, ctx) => {
      const lines = s.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
      if (lines.length > 1000 || lines.some((l) => !isIsoDate(l))) {
        ctx.addIssue({ code: "custom", message: "templates.errors.holidays" });
        return z.NEVER;
      }
      return [...new Set(lines)].sort();
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
