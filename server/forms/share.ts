// Share link form: a label (who the link is for), an optional last day (today or later) and the language.
import { z } from "zod";
import { LOCALES } from "../i18n";
import { field, parseForm } from "./form";

function schemaFor(today: string) {
  return z
    .object({
      label: field.text(200),
      expiresAt: field.optionalDate(),
      locale: field.choice(LOCALES),
    })
    .superRefine((v, ctx) => {
      if (v.expiresAt !== null && v.expiresAt < today) ctx.addIssue({ code: "custom", path: ["expiresAt"], message: "share.errors.expiryPast" });
    });
}

export type ShareInput = z.output<ReturnType<typeof schemaFor>>;

/** Parses the create form; `today` (ISO) is the earliest allowed expiry date. */
export const parseShareForm = (body: unknown, today: string) => parseForm(schemaFor(today), body);
