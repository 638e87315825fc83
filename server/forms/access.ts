// Project access forms: give an account (found by e-mail) a role, and change a membership's role and
// person record. Whether the account and the person record exist is the service's to check.
import { z } from "zod";
import { PROJECT_ROLES } from "../domain/permissions";
import { field, parseForm } from "./form";

const grantSchema = z.object({
  email: field.email().refine((e) => e !== "", { error: "errors.required" }),
  role: field.choice(PROJECT_ROLES),
  memberId: field.optionalId(),
});
export type GrantAccessInput = z.output<typeof grantSchema>;
export const parseGrantAccessForm = (body: unknown) => parseForm(grantSchema, body);

const changeSchema = z.object({
  role: field.choice(PROJECT_ROLES),
  memberId: field.optionalId(),
});
export type ChangeAccessInput = z.output<typeof changeSchema>;
export const parseChangeAccessForm = (body: unknown) => parseForm(changeSchema, body);
