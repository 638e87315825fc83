// User administration forms: a new account, editing one, and an administrator setting a new password.
// The password policy (server/domain/passwords.ts) is checked by the service, with the e-mail at hand.
import { z } from "zod";
import { field, parseForm } from "./form";

const password = () => z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().min(1, { error: "errors.required" }).max(200));
const requiredEmail = () => field.email().refine((e) => e !== "", { error: "errors.required" });

const newUserSchema = z.object({
  name: field.text(200),
  email: requiredEmail(),
  password: password(),
  isAdmin: field.checkbox(),
  isConsultant: field.checkbox(),
});
export type NewUserInput = z.output<typeof newUserSchema>;
export const parseNewUserForm = (body: unknown) => parseForm(newUserSchema, body);

const editUserSchema = z.object({
  name: field.text(200),
  email: requiredEmail(),
  isAdmin: field.checkbox(),
  isConsultant: field.checkbox(),
  disabled: field.checkbox(),
});
export type EditUserInput = z.output<typeof editUserSchema>;
export const parseEditUserForm = (body: unknown) => parseForm(editUserSchema, body);

const setPasswordSchema = z.object({ password: password() });
export const parseSetPasswordForm = (body: unknown) => parseForm(setPasswordSchema, body);
