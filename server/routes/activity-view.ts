// View-models for the activity log: an entry as a sentence with its changes ("Start: 2 Mar → 9 Mar"),
// and the history + comments panels of a task's or checklist item's edit page.
import type { Response } from "express";
import type { FieldChange, ChangeValue } from "../domain/diff";
import type { CommentSubjectType } from "../domain/types";
import type { ActivityRow } from "../services/activity-service";
import type { Services } from "../services";
import { formView, type FormView } from "../http/form-view";
import { formatDate, formatNumber, localNumbers, type DateCalendar } from "../view-helpers/format";
import { isIsoDate } from "../domain/dates";
import { isMessageKey, type Locale } from "../i18n";

type T = (key: string, params?: Record<string, unknown>) => string;

export const ACTIVITY_STYLES = ["/public/css/activity.css"];

/** Fields whose values are ISO dates, shown with the {{date}} helper. */
const DATE_FIELDS = new Set(["startDate", "finishDate", "dueDate", "kickoffDate", "constraintDate", "date", "until"]);

/** Fields whose stored values are enumeration keys, translated with a catalogue prefix. */
const KEYED_FIELDS: Record<string, string> = {
  phase: "phase.",
  constraintType: "constraint.",
  priority: "priority.",
  source: "source.",
  status: "expStatus.",
  kind: "resources.kind.",
  category: "checklist.category.",
  role: "role.",
};

export interface ChangeView {
  label: string;
  from: string;
  to: string;
  isDate: boolean;
  /** A value added to a list (predecessors) or removed from it, rather than changed. */
  added: boolean;
  removed: boolean;
  /** Only one value to show (`to`, else `from`): details of a creation, comment or deletion rather than a change. */
  valueOnly: boolean;
}

export interface EntryView {
  id: number;
  at: string;
  who: string;
  what: string;
  changes: ChangeView[];
}

/** A stored value as display text ('' for none; dates stay ISO for the template's {{date}}). */
function valueText(field: string, value: ChangeValue, t: T, locale: Locale): string {
  if (value === null || value === "") return "";
  if (typeof value === "boolean") {
    if (field === "manual") return t(value ? "tasks.mode.manual" : "tasks.mode.auto");
    if (field === "working") return t(value ? "calendar.workingDay" : "calendar.holiday");
    return t(value ? "common.yes" : "common.no");
  }
  if (typeof value === "number") {
    if (field === "progress") return t("common.percent", { value: formatNumber(value, locale) });
    if (field === "durationDays") return t("tasks.durationDays", localNumbers({ count: value }, locale));
    return formatNumber(value, locale);
  }
  if (field === "workingDays") return value.split(",").map((d) => t(`weekdayShort.${d}`)).join(", ");
  const prefix = KEYED_FIELDS[field];
  return prefix && isMessageKey(`${prefix}${value}`) ? t(`${prefix}${value}`) : value;
}

/** One change for display; `isUpdate` (an "updated" entry) shows old → new, other entries just the value. */
export function changeView(c: FieldChange, t: T, locale: Locale, isUpdate = true): ChangeView {
  const labelKey = `activity.field.${c.field}`;
  const list = c.field === "predecessors";
  const valueOnly = !list && !isUpdate && (c.from === null || c.to === null);
  return {
    label: isMessageKey(labelKey) ? t(labelKey) : c.field,
    from: valueText(c.field, c.from, t, locale),
    // A single value is shown as `to`, whichever side holds it.
    to: valueText(c.field, valueOnly ? (c.to ?? c.from) : c.to, t, locale),
    isDate: DATE_FIELDS.has(c.field),
    added: list && c.from === null,
    removed: list && c.to === null,
    valueOnly,
  };
}

/**
 * "Edited task “Kick-off”": the sentence for the entry's subject type and action, in the page's language
 * (a calendar exception's date in the page's calendar, the locale's by default).
 */
export function entrySentence(row: ActivityRow, t: T, locale: Locale, calendar?: DateCalendar): string {
  const e = row.entry;
  const label =
    e.subjectType === "phase" && isMessageKey(`phase.${e.subjectLabel}`)
      ? t(`phase.${e.subjectLabel}`)
      : e.subjectType === "calendar" && isIsoDate(e.subjectLabel)
        ? formatDate(e.subjectLabel, locale, calendar)
        : e.subjectLabel;
  const key = `activity.sentence.${e.subjectType}.${e.action}`;
  if (isMessageKey(key)) return t(key, { label });
  return t("activity.sentence.other", { type: t(`activity.type.${e.subjectType}`), action: t(`activity.action.${e.action}`), label });
}

export function entryView(row: ActivityRow, t: T, locale: Locale, calendar?: DateCalendar): EntryView {
  return {
    id: row.entry.id,
    at: row.entry.at,
    who: row.entry.actorName || t("activity.someone"),
    what: entrySentence(row, t, locale, calendar),
    changes: row.changes.map((c) => changeView(c, t, locale, row.entry.action === "updated" || row.entry.action === "compared")),
  };
}

/**
 * The history (latest entries) and comments of a task or checklist item for its edit page, with the
 * comment form (`commentForm` carries a rejected comment back).
 */
export async function recordPanels(services: Services, res: Response, subjectType: CommentSubjectType, subjectId: number, commentForm?: FormView) {
  const projectId: number = res.locals.project.id;
  const t: T = res.locals.t;
  const locale: Locale = res.locals.locale;
  const [history, comments] = await Promise.all([
    services.activity.history(projectId, subjectType, subjectId),
    services.comments.list(projectId, subjectType, subjectId),
  ]);
  const segment = subjectType === "task" ? "tasks" : "checklist";
  return {
    history: history.map((row) => entryView(row, t, locale, res.locals.calendar)),
    historyHref: `${res.locals.projectBase}/activity?type=${subjectType}`,
    comments: comments.map((c) => ({ id: c.id, body: c.body, author: c.authorName || t("activity.someone"), createdAt: c.createdAt })),
    commentAction: `${res.locals.projectBase}/${segment}/${subjectId}/comments`,
    commentForm: commentForm ?? formView(locale),
    pageStyles: ACTIVITY_STYLES,
  };
}
