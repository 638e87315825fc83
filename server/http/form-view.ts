// Turns parsed form values and field errors into the view-model every form template expects,
// and runs the parse → save → redirect / re-render-with-422 cycle for POST handlers.
import type { Request, Response } from "express";
import { DomainError } from "../domain/errors";
import type { FieldErrors, FormResult } from "../forms/form";
import { translate, type Locale } from "../i18n";

export interface FormView {
  values: Record<string, unknown>;
  errors: Record<string, string>;
  errorList: { field: string; message: string }[];
  hasErrors: boolean;
}

export function formView(locale: Locale, values: Record<string, unknown> = {}, errors: FieldErrors = {}): FormView {
  const translated: Record<string, string> = {};
  const errorList: FormView["errorList"] = [];
  for (const [field, e] of Object.entries(errors)) {
    translated[field] = translate(locale, e.key, e.params);
    errorList.push({ field, message: translated[field] });
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
  },
): Promise<void> {
  const locale: Locale = res.locals.locale;
  const parsed = opts.parse(req.body);
  if (!parsed.ok) {
    res.status(422);
    await opts.render(formView(locale, parsed.values, parsed.errors));
    return;
  }
  try {
    const url = await opts.save(parsed.value);
    res.redirect(303, url);
  } catch (err) {
    if (err instanceof DomainError && err.field) {
      res.status(422);
      await opts.render(formView(locale, parsed.values, { [err.field]: { key: err.key, params: err.params } }));
      return;
    }
    throw err;
  }
}
