// Checklist item, category and gate sign-off forms.
import { z } from "zod";
import { field, parseForm } from "./form";

const itemSchema = z.object({
  text: field.text(500),
  categoryId: field.optionalId().refine((v) => v !== null, { error: "errors.choice" }).transform((v) => v as number),
  ownerId: field.optionalId(),
  dueDate: field.optionalDate(),
  note: field.optionalText(2000),
});
export type ChecklistItemInput = z.output<typeof itemSchema>;
export const parseChecklistItemForm = (body: unknown) => parseForm(itemSchema, body);

const editSchema = itemSchema.extend({ done: field.checkbox(), doneById: field.optionalId() });
export type ChecklistItemEditInput = z.output<typeof editSchema>;
export const parseChecklistItemEditForm = (body: unknown) => parseForm(editSchema, body);

const categorySchema = z.object({ name: field.text(100) });
export const parseCategoryForm = (body: unknown) => parseForm(categorySchema, body);

const gateSchema = z.object({
  signerId: field.optionalId(),
  note: field.optionalText(2000),
  override: field.checkbox(),
  overrideReason: field.optionalText(2000),
});
export type GateInput = z.output<typeof gateSchema>;
export const parseGateForm = (body: unknown) => parseForm(gateSchema, body);
