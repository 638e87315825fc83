// Template library forms: save a project as a template, and take over a newer template version's items.
import { z } from "zod";
import { TEMPLATE_KEY_PATTERN, TEMPLATE_KINDS, TEMPLATE_LANGUAGES, TEMPLATE_LIMITS } from "../domain/template-format";
import { field, parseForm } from "./form";

const saveSchema = z.object({
  name: field.text(TEMPLATE_LIMITS.nameLength),
  key: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() : ""),
    z
      .string()
      .min(1, { error: "errors.required" })
      .max(TEMPLATE_LIMITS.templateKeyLength)
      .regex(TEMPLATE_KEY_PATTERN, { error: "library.errors.key" }),
  ),
  language: field.choice(TEMPLATE_LANGUAGES),
  kind: field.choice(TEMPLATE_KINDS),
  description: field.optionalText(TEMPLATE_LIMITS.descriptionLength),
  includeChecklists: field.checkbox(),
  includeGoals: field.checkbox(),
  includeResources: field.checkbox(),
});

export type SaveAsTemplateInput = z.output<typeof saveSchema>;
export const parseSaveAsTemplateForm = (body: unknown) => parseForm(saveSchema, body);

/** A list of checkbox values (one string or many), each at most `max` characters. */
const picks = (max: number) =>
  z.preprocess(
    (v) => (Array.isArray(v) ? v : typeof v === "string" && v !== "" ? [v] : []).filter((x): x is string => typeof x === "string"),
    z.array(z.string().max(max)).max(TEMPLATE_LIMITS.tasks + 3000),
  );

const updateSchema = z.object({ tasks: picks(TEMPLATE_LIMITS.keyLength), checklist: picks(40) });
export const parseTemplateUpdateForm = (body: unknown) => parseForm(updateSchema, body);

/** A slug for a template key from a name ("" when nothing latin is left). */
export function slugOf(name: string): string {
  return name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}
