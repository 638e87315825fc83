// Sign-in, first-run setup and change-password forms.
import { z } from "zod";
import { LOCALES } from "../i18n";
import { MONEY_DISPLAYS } from "../domain/money";
import { field, parseForm } from "./form";

const password = () => z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().min(1, { error: "errors.required" }).max(200));

const loginSchema = z.object({ email: field.text(254), password: password(), next: field.optionalText(500) });
export const parseLoginForm = (body: unknown) => parseForm(loginSchema, body);

const setupSchema = z.object({
  token: field.text(100),
  name: field.text(200),
  email: field.email().refine((e) => e !== "", { error: "errors.required" }),
  password: password(),
});
export const parseSetupForm = (body: unknown) => parseForm(setupSchema, body);

const changeSchema = z.object({ current: password(), password: password() });
export const parseChangePasswordForm = (body: unknown) => parseForm(changeSchema, body);

const profileSchema = z.object({
  locale: field.choice(LOCALES),
  dateCalendar: field.choice(["auto", "gregorian", "jalali"] as const),
  moneyDisplay: field.choice(MONEY_DISPLAYS),
});
export type ProfileInput = z.output<typeof profileSchema>;
export const parseProfileForm = (body: unknown) => parseForm(profileSchema, body);
