// {{ganttGridRows rows}}: the task grid's rows beside the chart, built as one string (thousands of rows
// through a Handlebars block were most of the page's render time). Every text goes through
// Handlebars.escapeExpression; dates use the {{date}} helper's format in the page's calendar, numbers the
// locale's digits; repeated strings are remembered.
import Handlebars from "handlebars";
import type { HelperOptions } from "handlebars";
import type { GanttBar, GanttRowInput } from "../domain/gantt-layout";
import { translate, type Locale } from "../i18n";
import { calendarOf, formatDate, localNumbers, type DateCalendar } from "./format";

const esc = Handlebars.escapeExpression;

/** A grid row as the route builds it: the bar, its indentation, and its expand/collapse link if a summary. */
export interface GridRowView {
  bar: GanttBar<GanttRowInput & { durationDays: number }>;
  indent: number;
  /** Absent in the read-only grid of the share view. */
  toggle?: { href: string; expanded: boolean; label: string } | null;
}

/** A function's results kept by argument, for the few distinct dates, durations and percentages of a chart. */
export function remembered<K, V>(fn: (k: K) => V): (k: K) => V {
  const seen = new Map<K, V>();
  return (k) => {
    let v = seen.get(k);
    if (v === undefined) {
      v = fn(k);
      seen.set(k, v);
    }
    return v;
  };
}

/** The page's locale and date calendar (res.locals.locale / res.locals.calendar), as the {{date}} helper reads them. */
export function pageDates(options: HelperOptions): { locale: Locale; calendar: DateCalendar } {
  const root = options.data?.root ?? {};
  const locale: Locale = root.locale ?? "en";
  return { locale, calendar: calendarOf(locale, root.calendar) };
}

/** The grid's rows; `projectBase` null for the read-only grid (names not linked, as in the share view). */
export function gridRowsHtml(rows: readonly GridRowView[], locale: Locale, projectBase: string | null, calendar?: DateCalendar): string {
  const date = remembered((iso: string) => esc(formatDate(iso, locale, calendar)));
  const duration = remembered((days: number) => esc(translate(locale, "tasks.durationDays", localNumbers({ count: days }, locale))));
  const percent = remembered((value: number) => esc(translate(locale, "common.percent", localNumbers({ value }, locale))));
  const base = projectBase === null ? null : esc(projectBase);
  const parts: string[] = [];
  for (const { bar, indent, toggle } of rows) {
    const r = bar.row;
    const name = esc(r.name);
    let label = "";
    if (toggle) {
      const text = esc(toggle.label);
      label += `<a class="gantt-toggle" href="${esc(toggle.href)}" aria-expanded="${toggle.expanded}" title="${text}"><span aria-hidden="true">${toggle.expanded ? "▾" : "▸"}</span><span class="visually-hidden">${text}</span></a>`;
    }
    if (r.milestone) label += `<span class="milestone-mark" aria-hidden="true">◆</span>`;
    label +=
      base === null
        ? `<span class="gantt-grid__task" dir="auto" title="${name}">${name}</span>`
        : `<a class="gantt-grid__task" dir="auto" href="${base}/tasks/${r.id}/edit" title="${name}">${name}</a>`;
    parts.push(
      `<tr id="gantt-row-${r.id}"${r.isSummary ? ' class="gantt-grid__summary"' : ""}>` +
        `<td>${esc(r.wbs)}</td>` +
        `<td><span class="gantt-grid__label${toggle ? "" : " gantt-grid__label--leaf"} indent indent--${indent}">${label}</span></td>` +
        `<td><bdi>${date(r.start)}</bdi></td><td><bdi>${date(r.finish)}</bdi></td>` +
        `<td>${r.isSummary ? "" : duration(r.durationDays)}</td><td>${percent(r.progress)}</td>` +
        `<td><bdi>${esc(r.assignee ?? "")}</bdi></td></tr>\n`,
    );
  }
  return parts.join("");
}

export const ganttGridHelpers = {
  /** {{ganttGridRows rows}}, or {{ganttGridRows rows readOnly=true}} for the share view's grid (no links into the project). */
  ganttGridRows(rows: readonly GridRowView[], options: HelperOptions): Handlebars.SafeString {
    const { locale, calendar } = pageDates(options);
    const base = options.hash?.readOnly ? null : String(options.data?.root?.projectBase ?? "");
    return new Handlebars.SafeString(gridRowsHtml(rows, locale, base, calendar));
  },
};
