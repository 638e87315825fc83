// End-user expectation form: user group, statement, MoSCoW priority, source, status and linked task ids.
import { z } from "zod";
import { EXPECTATION_SOURCES, EXPECTATION_STATUSES, MOSCOW } from "../domain/types";
import { field, parseForm } from "./form";

const ID = /^[1-9]\d{0,9}$/;

/**
 * A multi-select of task ids: missing → [], one value → [value], repeated values → the list
 * (a numbered-key object from the body parser counts as a list). Anything else is a field error;
 * whether the tasks belong to the project is checked by the service.
 */
const taskIds = () =>
  z.preprocess(
    (v) => {
      if (v === undefined || v === "") return [];
      if (typeof v === "string") return [v];
      if (Array.isArray(v)) return v;
      if (v && typeof v === "object" && Object.keys(v).every((k) => /^\d+$/.test(k))) return Object.values(v);
      return null;
    },
    z
      .array(z.string({ error: "expectations.errors.task" }).trim().regex(ID, { error: "expectations.errors.task" }), { error: "expectations.errors.task" })
      .max(1000)
      .transform((ids) => [...new Set(ids.map(Number))]),
  );

const schema = z.object({
  userGroup: field.text(200),
  statement: field.text(5000),
  priority: field.choice(MOSCOW),
  source: field.choice(EXPECTATION_SOURCES),
  status: field.choice(EXPECTATION_STATUSES),
  taskIds: taskIds(),
});

export type ExpectationInput = z.output<typeof schema>;

export const parseExpectationForm = (body: unknown) => parseForm(schema, body);
