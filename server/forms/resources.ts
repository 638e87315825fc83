// Resource form: kind, name, the person (people's time only, checked by the service), unit and amounts.
import { z } from "zod";
import { RESOURCE_KINDS } from "../domain/types";
import { field, parseForm } from "./form";

/** Amounts are never negative; an empty committed amount means nothing committed yet. */
const planned = () => field.number().pipe(z.number().min(0));
const committed = () => field.optionalNumber().transform((n) => n ?? 0).pipe(z.number().min(0));

const schema = z.object({
  kind: field.choice(RESOURCE_KINDS),
  name: field.text(200),
  memberId: field.optionalId(),
  unit: field.optionalText(40),
  planned: planned(),
  committed: committed(),
  notes: field.optionalText(5000),
});

export type ResourceInput = z.output<typeof schema>;

export const parseResourceForm = (body: unknown) => parseForm(schema, body);
