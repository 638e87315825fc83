// Project form: name, client, description, kickoff date, working week.
import { z } from "zod";
import { field, parseForm } from "./form";

const schema = z.object({
  name: field.text(200),
  clientOrganisation: field.optionalText(200),
  // As long as a template description may be: a template is edited as a (draft) project.
  description: field.optionalText(10000),
  kickoffDate: field.date(),
  workingDays: z.preprocess(
    (v) => (Array.isArray(v) ? v : typeof v === "string" && v ? [v] : []).map((x) => Number(x)),
    z
      .array(z.number().int().min(1, { error: "errors.workingDays" }).max(7, { error: "errors.workingDays" }))
      .min(1, { error: "errors.workingDays" })
      .transform((days) => [...new Set(days)].sort((a, b) => a - b)),
  ),
});

export type ProjectInput = z.output<typeof schema>;

export const parseProjectForm = (body: unknown) => parseForm(schema, body);

const deleteSchema = z.object({ confirmName: field.text(200) });
export const parseDeleteProjectForm = (body: unknown) => parseForm(deleteSchema, body);
