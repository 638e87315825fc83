// MS Project import form: an optional project name and the phase the tasks go into (the file itself is checked by the route).
import { z } from "zod";
import { PHASE_KINDS } from "../domain/types";
import { field, parseForm } from "./form";

const schema = z.object({
  name: field.optionalText(200),
  phase: field.choice(PHASE_KINDS),
});

export type ImportFormInput = z.output<typeof schema>;

export const parseImportForm = (body: unknown) => parseForm(schema, body);
