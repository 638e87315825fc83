// Turns parsed form values and field errors into the view-model every form template expects,
// and runs the parse → save → redirect / re-render-with-422 cycle for POST handlers.
import type { Request, Response } from "express";
import { DomainError } from "../domain/errors";
import type { FieldErrors, FormResult } from "../forms/form";
import { isMessageKey, translate, type Locale } from "../i18n";

export interface FormView {
  values: Record<string, unknown>;
  errors: Record<string, string>;
  errorList: { field: string; message: string }[];
  hasErrors: boolean;
}

/**
 * The form view-model. With a labelPrefix ("tasks"), the summary at the top names each field by its
 * label ("Task name: Enter a value.") when the catalogue has `<prefix>.field.<name>`.
 */
export function formView(locale: Locale, values: Record<string, unknown> = {}, errors: FieldErrors = {}, labelPrefix?: string): FormView {
  const translated: Record<string, string> = {};
  const errorList: FormView["errorList"] = [];
  for (const [field, e] of Object.entries(errors)) {
    translated[field] = translate(locale, e.key, e.params);
    // A reference field "ownerId" is labelled by "<prefix>.field.owner".
    const labelKey = [`${labelPrefix}.field.${field}`, `${labelPrefix}.field.${field.replace(/Ids?$/, "")}`].find(isMessageKey);
    const message =
      labelPrefix && labelKey ? translate(locale, "form.fieldError", { field: translate(locale, labelKey), message: translated[field] }) : translated[field];
    errorList.push({ field, message });
  }
  return { values, errors: translated, errorList, hasErrors: errorList.length > 0 };
}

/**
 * Parses the body; on success calls save (which returns the URL to redirect to); on field errors —
 * from the parser or a DomainError with a field raised by the service — re-renders with 422.
 */
export async function submitForm<T>(
  req: Request,
  res: Response,
  opts: {
    parse: (body: unknown) => FormResult<T>;
    save: (value: T) => Promise<string>;
    render: (form: FormView) => Promise<void> | void;
    /** Catalogue prefix of the field labels, for the error summary (see formView). */
    labelPrefix?: string;
  },
): Promise<void> {
  const locale: Locale = res.locals.locale;
  const parsed = opts.parse(req.body);
  if (!parsed.ok) {
    res.status(422);
    await opts.render(formView(locale, parsed.values, parsed.errors, opts.labelPrefix));
    return;
  }
  try {
    const url = await opts.save(parsed.value);
    res.redirect(303, url);
  } catch (err) {
    if (err instanceof DomainError && err.field) {
      res.status(422);
      await opts.render(formView(locale, parsed.values, { [err.field]: { key: err.key, params: err.params } }, opts.labelPrefix));
      return;
    }
    throw err;
  }
}
