// {{ganttGridRows rows}}: the task grid's rows beside the chart, built as one string (thousands of rows
// through a Handlebars block were most of the page's render time). Every text goes through
// Handlebars.escapeExpression; dates use the {{date}} helper's format; repeated strings are remembered.
import Handlebars from "handlebars";
import type { HelperOptions } from "handlebars";
import type { GanttBar, GanttRowInput } from "../domain/gantt-layout";
import { translate, type Locale } from "../i18n";
import { formatDate } from "./format";

const esc = Handlebars.escapeExpression;

/** A grid row as the route builds it: the bar, its indentation, and its expand/collapse link if a summary. */
export interface GridRowView {
  bar: GanttBar<GanttRowInput & { durationDays: number }>;
  indent: number;
  toggle: { href: string; expanded: boolean; label: string } | null;
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

export function gridRowsHtml(rows: readonly GridRowView[], locale: Locale, projectBase: string): string {
  const date = remembered((iso: string) => esc(formatDate(iso, locale)));
  const duration = remembered((days: number) => esc(translate(locale, "tasks.durationDays", { count: days })));
  const percent = remembered((value: number) => esc(translate(locale, "common.percent", { value })));
  const base = esc(projectBase);
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
    label += `<a class="gantt-grid__task" dir="auto" href="${base}/tasks/${r.id}/edit" title="${name}">${name}</a>`;
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
  ganttGridRows(rows: readonly GridRowView[], options: HelperOptions): Handlebars.SafeString {
    const root = options.data?.root ?? {};
    return new Handlebars.SafeString(gridRowsHtml(rows, (root.locale as Locale) ?? "en", String(root.projectBase ?? "")));
  },
};
