// Calendar exception form: a date (or a date range), a name, and whether the day is worked.
import { z } from "zod";
import { field, parseForm } from "./form";
import { addCalendarDays, diffCalendarDays } from "../domain/dates";

const MAX_RANGE_DAYS = 366;

const schema = z
  .object({
    date: field.date(),
    until: field.optionalDate(),
    name: field.optionalText(200),
    working: field.checkbox(),
  })
  .superRefine((v, ctx) => {
    if (v.until !== null && v.until < v.date) ctx.addIssue({ code: "custom", path: ["until"], message: "errors.finishBeforeStart" });
    if (v.until !== null && diffCalendarDays(v.date, v.until) >= MAX_RANGE_DAYS) {
      ctx.addIssue({ code: "custom", path: ["until"], message: "calendar.errors.rangeTooLong" });
    }
  })
  .transform((v) => {
    const dates: string[] = [];
    const last = v.until ?? v.date;
    for (let d = v.date; d <= last; d = addCalendarDays(d, 1)) dates.push(d);
    return { dates, name: v.name, working: v.working };
  });

export type CalendarExceptionInput = z.output<typeof schema>;
export const parseCalendarExceptionForm = (body: unknown) => parseForm(schema, body);

const baselineSchema = z.object({ name: field.text(200) });
export const parseBaselineForm = (body: unknown) => parseForm(baselineSchema, body);
