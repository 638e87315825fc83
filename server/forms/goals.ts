// Goal/KPI form: name, unit, baseline → target, latest actual, due date, owner and how it is measured.
import { z } from "zod";
import { field, parseForm } from "./form";

const schema = z.object({
  name: field.text(200),
  unit: field.optionalText(40),
  baseline: field.optionalNumber(),
  target: field.number(),
  actual: field.optionalNumber(),
  dueDate: field.optionalDate(),
  /** A member of the project (checked by the service) or null. */
  ownerId: field.optionalId(),
  notes: field.optionalText(5000),
});

export type GoalInput = z.output<typeof schema>;

export const parseGoalForm = (body: unknown) => parseForm(schema, body);
