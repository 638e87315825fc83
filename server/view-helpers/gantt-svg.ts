// {{ganttBars layout}} and {{ganttLinks layout}}: the chart's thousands of bars and arrows as one SVG string
// built from the layout's numbers (a partial per bar was most of the page's render time). Every text goes
// through Handlebars.escapeExpression; numbers are printed as numbers. Tooltip dates are in the page's
// calendar; names that may run the other way are bidi-isolated (a <title> holds no <bdi>).
import Handlebars from "handlebars";
import type { HelperOptions } from "handlebars";
import type { GanttBar, GanttLayout, GanttRowInput } from "../domain/gantt-layout";
import { isolated, translate } from "../i18n";
import { formatDate, localNumbers } from "./format";
import { pageDates, remembered } from "./gantt-grid";

const esc = Handlebars.escapeExpression;

/** A row as the tooltip reads it: slack when the scheduler computed it. */
type TipRow = GanttRowInput & { totalSlack?: number | null };

/** The catalogue strings a tooltip needs, each computed once per chart; numbers in the locale's digits. */
function tooltipWords(options: HelperOptions) {
  const { locale, calendar } = pageDates(options);
  const t = (key: string, params: Record<string, unknown> = {}) => translate(locale, key, localNumbers(params, locale));
  const date = remembered((iso: string) => formatDate(iso, locale, calendar));
  return {
    progress: remembered((value: number) => t("gantt.tip.progress", { value })),
    slack: remembered((count: number) => t("gantt.tip.slack", { count })),
    dates: (start: string, finish: string) => t("gantt.tip.dates", { start: date(start), finish: date(finish) }),
    baseline: (start: string, finish: string) => t("gantt.tip.baseline", { start: date(start), finish: date(finish) }),
    critical: t("gantt.tip.critical"),
    late: t("gantt.tip.late"),
    violated: t("gantt.tip.constraintViolated"),
  };
}
type Words = ReturnType<typeof tooltipWords>;

/** The bar's tooltip: WBS and name, dates and progress, slack, baseline, flags; one fact per line. */
function tooltip(bar: GanttBar<TipRow>, w: Words): string {
  const r = bar.row;
  let facts = `${w.dates(r.start, r.finish)} · ${w.progress(r.progress)}`;
  if (typeof r.totalSlack === "number") facts += ` · ${w.slack(r.totalSlack)}`;
  // Isolated in every language (translate() isolates the dates): a Latin name in a Persian tooltip, or a Persian one in an English tooltip.
  let text = `${isolated(r.wbs)} ${isolated(r.name)}\n${facts}`;
  if (bar.baseline && r.baselineStart && r.baselineFinish) text += `\n${w.baseline(r.baselineStart, r.baselineFinish)}`;
  if (bar.critical) text += `\n${w.critical}`;
  if (bar.late) text += `\n${w.late}`;
  if (r.constraintViolated) text += `\n${w.violated}`;
  return esc(text);
}

function barSvg(bar: GanttBar<TipRow>, w: Words): string {
  let cls = `gantt-bar gantt-bar--${bar.kind}`;
  if (bar.critical) cls += " gantt-bar--critical";
  if (bar.late) cls += " gantt-bar--late";
  let out = `<g class="${cls}" data-task="${bar.row.id}"><title>${tooltip(bar, w)}</title>`;
  const b = bar.baseline;
  if (b) out += `<rect class="gantt-baseline" x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}"/>`;
  if (bar.d) out += `<path class="gantt-bar__shape" d="${esc(bar.d)}"/>`;
  else {
    out += `<rect class="gantt-bar__shape" x="${bar.x}" y="${bar.y}" width="${bar.width}" height="${bar.height}" rx="3"/>`;
    if (bar.progressWidth > 0) {
      out += `<rect class="gantt-bar__progress" x="${bar.progressX}" y="${bar.y}" width="${bar.progressWidth}" height="${bar.height}" rx="3"/>`;
    }
  }
  if (bar.label) out += `<text class="gantt-bar__label" x="${bar.labelX}" y="${bar.labelY}">${esc(bar.label)}</text>`;
  return `${out}</g>\n`;
}

export const ganttSvgHelpers = {
  /** Every bar of the layout: baseline, shape, progress, label and a <title> tooltip each. */
  ganttBars(layout: GanttLayout<TipRow>, options: HelperOptions): Handlebars.SafeString {
    const w = tooltipWords(options);
    const parts: string[] = [];
    for (const bar of layout.bars) parts.push(barSvg(bar, w));
    return new Handlebars.SafeString(parts.join(""));
  },
  /** Every dependency arrow: an orthogonal path and its arrowhead. */
  ganttLinks(layout: GanttLayout): Handlebars.SafeString {
    const parts: string[] = [];
    for (const a of layout.arrows) {
      parts.push(`<g class="gantt-link${a.critical ? " gantt-link--critical" : ""}"><path d="${esc(a.d)}"/><polygon points="${esc(a.head)}"/></g>`);
    }
    return new Handlebars.SafeString(parts.join("\n"));
  },
};
