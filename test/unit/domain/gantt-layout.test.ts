import { expect } from "chai";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../../../server/paths";
import { HEADER_HEIGHT, ROW_HEIGHT, layoutGantt, type GanttInput, type GanttLayout, type GanttRowInput } from "../../../server/domain/gantt-layout";
import { buildWbs, rollUpSummaries } from "../../../server/domain/wbs";
import type { LinkType, TaskData } from "../../../server/domain/types";

const PLANNING = 1;
const FOUNDATION = 2;

function row(id: number, over: Partial<GanttRowInput> = {}): GanttRowInput {
  return {
    id,
    wbs: `1.${id}`,
    name: `Task ${id}`,
    depth: 0,
    isSummary: false,
    milestone: false,
    start: "2026-03-02",
    finish: "2026-03-06",
    progress: 0,
    critical: false,
    constraintViolated: false,
    deadline: null,
    phaseId: PLANNING,
    baselineStart: null,
    baselineFinish: null,
    assignee: null,
    ...over,
  };
}

function input(rows: GanttRowInput[], over: Partial<GanttInput> = {}): GanttInput {
  return {
    rows,
    links: [],
    phases: [
      { id: PLANNING, label: "Planning" },
      { id: FOUNDATION, label: "Foundation" },
    ],
    calendar: { workingWeek: [1, 2, 3, 4, 5], exceptions: [] },
    today: "2026-03-04",
    zoom: "week",
    showCritical: false,
    collapsed: new Set(),
    rtl: false,
    ...over,
  };
}

const barOf = (layout: GanttLayout, id: number) => layout.bars.find((b) => b.row.id === id)!;
const midY = (index: number) => HEADER_HEIGHT + index * ROW_HEIGHT + 14;

/** The points of an "M x yL x y…" path. */
function pointsOf(d: string): { x: number; y: number }[] {
  return [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
}

describe("domain/gantt-layout", () => {
  describe("bars", () => {
    // Mon 2 Mar – Fri 6 Mar 2026; each zoom pads the start a little and snaps it back to a whole unit.
    const cases = [
      { zoom: "day", ppd: 24, first: "2026-02-23", x: 7 * 24, width: 5 * 24 },
      { zoom: "week", ppd: 8, first: "2026-02-23", x: 7 * 8, width: 5 * 8 },
      { zoom: "month", ppd: 3, first: "2026-02-01", x: 29 * 3, width: 5 * 3 },
      { zoom: "quarter", ppd: 1, first: "2026-01-01", x: 60, width: 5 },
    ] as const;
    for (const c of cases) {
      it(`places a task at ${c.ppd} px per day from the range's first day at ${c.zoom} zoom`, () => {
        const layout = layoutGantt(input([row(1)], { zoom: c.zoom }));
        expect(layout.zoom).to.equal(c.zoom);
        expect(layout.pxPerDay).to.equal(c.ppd);
        expect(layout.firstDay).to.equal(c.first);
        const bar = barOf(layout, 1);
        expect(bar.kind).to.equal("task");
        expect([bar.x, bar.width]).to.deep.equal([c.x, c.width]);
        expect(bar.rowY).to.equal(HEADER_HEIGHT);
        expect(bar.y).to.be.within(bar.rowY, bar.rowY + ROW_HEIGHT - bar.height);
      });
    }

    it("stacks rows every ROW_HEIGHT below the header and sizes the chart to them", () => {
      const layout = layoutGantt(input([row(1), row(2), row(3)]));
      expect(layout.bars.map((b) => b.rowY)).to.deep.equal([HEADER_HEIGHT, HEADER_HEIGHT + ROW_HEIGHT, HEADER_HEIGHT + 2 * ROW_HEIGHT]);
      expect(layout.height).to.equal(HEADER_HEIGHT + 3 * ROW_HEIGHT);
      expect(layout.bodyHeight).to.equal(3 * ROW_HEIGHT);
      expect(layout.width).to.be.above(barOf(layout, 1).x + barOf(layout, 1).width + 100);
    });

    it("fills the progress share of a task bar from its start", () => {
      const bar = barOf(layoutGantt(input([row(1, { progress: 25 })])), 1);
      expect(bar.progressX).to.equal(bar.x);
      expect(bar.progressWidth).to.equal(10);
    });

    it("draws a milestone as a diamond centred on the end of its day, on the row's middle", () => {
      // Wed 4 Mar is day 9 of the range (from Mon 23 Feb) at 8 px a day: its end is at x = 80.
      const layout = layoutGantt(input([row(1), row(2, { milestone: true, start: "2026-03-04", finish: "2026-03-04" })]));
      const bar = barOf(layout, 2);
      expect(bar.kind).to.equal("milestone");
      expect(pointsOf(bar.d)).to.deep.equal([
        { x: 80, y: midY(1) - 7 },
        { x: 87, y: midY(1) },
        { x: 80, y: midY(1) + 7 },
        { x: 73, y: midY(1) },
      ]);
      expect([bar.x, bar.width]).to.deep.equal([73, 14]);
      expect(bar.label).to.equal("Task 2");
    });

    it("draws a summary as a bracket spanning its children's rolled-up dates", () => {
      const task = (id: number, over: Partial<TaskData>): TaskData => ({
        id, phaseId: PLANNING, parentId: null, position: id, name: `T${id}`, startDate: "2026-01-05", durationDays: 1, finishDate: "2026-01-05", milestone: false, progress: 0, ...over,
      });
      const wbs = buildWbs(
        [task(1, {}), task(2, { parentId: 1, startDate: "2026-03-03", finishDate: "2026-03-05" }), task(3, { parentId: 1, startDate: "2026-03-09", finishDate: "2026-03-13" })],
        [PLANNING],
      );
      const rolled = rollUpSummaries(wbs);
      const rows = wbs.map((r) => row(r.task.id, { depth: r.depth, isSummary: r.isSummary, start: rolled.get(r.task.id)!.startDate, finish: rolled.get(r.task.id)!.finishDate }));
      const layout = layoutGantt(input(rows));
      const [summary, first, last] = [barOf(layout, 1), barOf(layout, 2), barOf(layout, 3)];
      expect(summary.kind).to.equal("summary");
      expect(summary.x).to.equal(first.x);
      expect(summary.x + summary.width).to.equal(last.x + last.width);
      const xs = pointsOf(summary.d).map((p) => p.x);
      expect(Math.min(...xs)).to.equal(first.x);
      expect(Math.max(...xs)).to.equal(last.x + last.width);
      expect(summary.label).to.equal("");
    });

    it("draws the compared baseline as a thin bar under the task bar", () => {
      const bar = barOf(layoutGantt(input([row(1, { baselineStart: "2026-02-26", baselineFinish: "2026-03-03" })])), 1);
      expect(bar.baseline).to.deep.include({ x: 3 * 8, width: 6 * 8 });
      expect(bar.baseline!.y).to.be.at.least(bar.y + bar.height);
      expect(bar.baseline!.height).to.be.below(bar.height / 2);
      expect(barOf(layoutGantt(input([row(1)])), 1).baseline).to.equal(null);
    });

    it("widens the range to show baseline dates outside the scheduled ones", () => {
      const layout = layoutGantt(input([row(1, { baselineStart: "2026-01-05", baselineFinish: "2026-01-09" })]));
      expect(layout.firstDay <= "2026-01-05").to.equal(true);
    });

    it("marks critical bars only when the critical path is shown", () => {
      const rows = [row(1, { critical: true }), row(2)];
      expect(layoutGantt(input(rows)).bars.map((b) => b.critical)).to.deep.equal([false, false]);
      expect(layoutGantt(input(rows, { showCritical: true })).bars.map((b) => b.critical)).to.deep.equal([true, false]);
    });

    it("flags unfinished work late past its baseline finish, its deadline, today, or a violated constraint", () => {
      const late = (over: Partial<GanttRowInput>) => barOf(layoutGantt(input([row(1, over)], { today: "2026-03-02" })), 1).late;
      expect(late({})).to.equal(false);
      expect(late({ baselineFinish: "2026-03-05" })).to.equal(true);
      expect(late({ baselineFinish: "2026-03-06" })).to.equal(false);
      expect(late({ deadline: "2026-03-04" })).to.equal(true);
      expect(late({ constraintViolated: true })).to.equal(true);
      expect(late({ start: "2026-02-23", finish: "2026-02-27" })).to.equal(true);
      expect(late({ start: "2026-02-23", finish: "2026-02-27", progress: 100 })).to.equal(false);
    });
  });

  describe("axis, shading and today", () => {
    it("has months on top and Monday-started weeks below at week zoom, with date parts for the labels", () => {
      const layout = layoutGantt(input([row(1)]));
      expect(layout.bottomTicks[0]).to.deep.include({ unit: "week", x: 0, width: 56, year: 2026, month: 2, day: 23, format: "day" });
      expect(layout.bottomTicks[1]).to.deep.include({ x: 56, day: 2, month: 3 });
      expect(layout.topTicks.map((t) => [t.unit, t.month, t.x])).to.deep.equal([
        ["month", 2, 0],
        ["month", 3, 6 * 8],
      ]);
      expect(layout.topTicks[0].format).to.equal("monthShort"); // 6 days of February: 48 px
      expect(layout.topTicks[1].format).to.equal("monthYear");
      const last = layout.topTicks[layout.topTicks.length - 1];
      expect(last.x + last.width).to.equal(layout.width);
    });

    it("has days below months at day zoom, months below years at month zoom and quarters at quarter zoom", () => {
      expect(layoutGantt(input([row(1)], { zoom: "day" })).bottomTicks.slice(0, 2).map((t) => [t.unit, t.day, t.width])).to.deep.equal([
        ["day", 23, 24],
        ["day", 24, 24],
      ]);
      const month = layoutGantt(input([row(1)], { zoom: "month" }));
      expect(month.topTicks[0]).to.deep.include({ unit: "year", year: 2026, format: "year" });
      expect(month.bottomTicks.slice(0, 2).map((t) => [t.unit, t.month, t.width, t.format])).to.deep.equal([
        ["month", 2, 28 * 3, "month"],
        ["month", 3, 31 * 3, "month"],
      ]);
      const quarter = layoutGantt(input([row(1)], { zoom: "quarter" }));
      expect(quarter.bottomTicks[0]).to.deep.include({ unit: "quarter", quarter: 1, x: 0, width: 90, format: "quarter" });
    });

    it("merges consecutive non-working days into one band and shades holidays", () => {
      // Range from Mon 23 Feb: the weekend 28 Feb–1 Mar is days 5–6; Fri 6 Mar is a holiday next to its weekend.
      const layout = layoutGantt(input([row(1)], { calendar: { workingWeek: [1, 2, 3, 4, 5], exceptions: [{ date: "2026-03-06", working: false }] } }));
      expect(layout.nonWorking.slice(0, 2)).to.deep.equal([
        { x: 5 * 8, width: 16 },
        { x: 11 * 8, width: 24 },
      ]);
      expect(layout.nonWorking.every((b) => b.width > 0)).to.equal(true);
    });

    it("does not shade an extra working day on a weekend", () => {
      const layout = layoutGantt(input([row(1)], { calendar: { workingWeek: [1, 2, 3, 4, 5], exceptions: [{ date: "2026-02-28", working: true }] } }));
      expect(layout.nonWorking[0]).to.deep.equal({ x: 6 * 8, width: 8 });
    });

    it("skips weekend shading at month and quarter zoom but still shades holidays", () => {
      const calendar = { workingWeek: [1, 2, 3, 4, 5], exceptions: [{ date: "2026-03-04", working: false }, { date: "2026-03-05", working: false }] };
      for (const zoom of ["month", "quarter"] as const) {
        const layout = layoutGantt(input([row(1)], { zoom, calendar }));
        expect(layout.nonWorking).to.have.length(1);
        expect(layout.nonWorking[0].width).to.equal(2 * layout.pxPerDay);
      }
    });

    it("draws today as one vertical line in the middle of today's column, or none outside the range", () => {
      expect(layoutGantt(input([row(1)])).todayX).to.equal(9.5 * 8);
      expect(layoutGantt(input([row(1)], { today: "2027-06-01" })).todayX).to.equal(null);
    });

    it("puts grid lines on the week boundaries inside the chart", () => {
      const layout = layoutGantt(input([row(1)]));
      expect(layout.gridLines.slice(0, 2)).to.deep.equal([56, 112]);
      expect(layout.gridLines.every((x) => x > 0 && x < layout.width)).to.equal(true);
    });

    it("falls back to a coarser zoom when the range would make the chart too wide", () => {
      const layout = layoutGantt(input([row(1), row(2, { start: "2040-01-02", finish: "2040-01-06" })], { zoom: "day" }));
      expect(layout.zoom).to.not.equal("day");
      expect(layout.width).to.be.at.most(100_000);
    });
  });

  describe("phase bands", () => {
    it("spans each phase's rows at the top with its label, in phase order, and skips phases without rows", () => {
      const layout = layoutGantt(
        input([row(1), row(2, { start: "2026-03-09", finish: "2026-03-13" }), row(3, { phaseId: FOUNDATION, start: "2026-03-16", finish: "2026-03-20" })], {
          phases: [
            { id: PLANNING, label: "Planning" },
            { id: FOUNDATION, label: "Foundation" },
            { id: 3, label: "Rollout" },
          ],
        }),
      );
      expect(layout.phases.map((p) => [p.label, p.x, p.width, p.showLabel])).to.deep.equal([
        ["Planning", 7 * 8, 12 * 8, true],
        ["Foundation", 21 * 8, 5 * 8, false],
      ]);
    });
  });

  describe("links", () => {
    // Row 0: Mon 2 – Fri 6 Mar (x 56–96); row 1: the successor.
    const linked = (type: LinkType, succ: Partial<GanttRowInput> = { start: "2026-03-09", finish: "2026-03-13" }, rtl = false) => {
      const layout = layoutGantt(input([row(1), row(2, succ)], { links: [{ predecessorId: 1, successorId: 2, type }], rtl }));
      expect(layout.arrows).to.have.length(1);
      return { layout, arrow: layout.arrows[0] };
    };
    const orthogonal = (d: string) => {
      const p = pointsOf(d);
      return p.slice(1).every((q, i) => q.x === p[i].x || q.y === p[i].y);
    };

    it("runs FS from the predecessor's end and drops onto the successor just inside its start", () => {
      const { arrow } = linked("FS");
      expect(arrow.from).to.deep.equal({ x: 96, y: midY(0) });
      expect(arrow.to).to.deep.equal({ x: 112 + 6, y: HEADER_HEIGHT + ROW_HEIGHT + 7 });
      expect(orthogonal(arrow.d)).to.equal(true);
      expect(arrow.head.split(" ")[0]).to.equal("118,101");
    });

    it("detours FS round the row boundary when the successor starts before the predecessor ends", () => {
      const { arrow } = linked("FS", { start: "2026-03-04", finish: "2026-03-10" });
      expect(arrow.from).to.deep.equal({ x: 96, y: midY(0) });
      expect(arrow.to).to.deep.equal({ x: 72, y: midY(1) });
      const pts = pointsOf(arrow.d);
      expect(pts.map((p) => p.y)).to.include(HEADER_HEIGHT + ROW_HEIGHT); // along the boundary between the rows
      expect(orthogonal(arrow.d)).to.equal(true);
    });

    it("runs SS start to start, FF end to end and SF start to end", () => {
      const ss = linked("SS").arrow;
      expect([ss.from, ss.to]).to.deep.equal([{ x: 56, y: midY(0) }, { x: 112, y: midY(1) }]);
      const ff = linked("FF").arrow;
      expect([ff.from, ff.to]).to.deep.equal([{ x: 96, y: midY(0) }, { x: 152, y: midY(1) }]);
      // The earlier successor moves the range's start a week back (to Mon 16 Feb): x shifts by 56.
      const sf = linked("SF", { start: "2026-02-23", finish: "2026-02-25" }).arrow;
      expect([sf.from, sf.to]).to.deep.equal([{ x: 56 + 56, y: midY(0) }, { x: 24 + 56, y: midY(1) }]);
      const sfAround = linked("SF").arrow;
      expect([sfAround.from, sfAround.to]).to.deep.equal([{ x: 56, y: midY(0) }, { x: 152, y: midY(1) }]);
      for (const a of [ss, ff, sf, sfAround]) expect(orthogonal(a.d), a.d).to.equal(true);
    });

    it("points the arrowhead into the successor: rightwards into a start, leftwards into an end", () => {
      const tipAndBase = (head: string) => head.split(" ").map((p) => Number(p.split(",")[0]));
      const [ssTip, ssBase] = tipAndBase(linked("SS").arrow.head);
      expect(ssBase).to.be.below(ssTip);
      const [ffTip, ffBase] = tipAndBase(linked("FF").arrow.head);
      expect(ffBase).to.be.above(ffTip);
    });

    it("marks a link critical when both ends are critical and the path is shown", () => {
      const layout = layoutGantt(
        input([row(1, { critical: true }), row(2, { critical: true, start: "2026-03-09", finish: "2026-03-13" }), row(3)], {
          links: [
            { predecessorId: 1, successorId: 2, type: "FS" },
            { predecessorId: 2, successorId: 3, type: "FS" },
          ],
          showCritical: true,
        }),
      );
      expect(layout.arrows.map((a) => a.critical)).to.deep.equal([true, false]);
    });

    it("drops links whose task is not drawn", () => {
      const layout = layoutGantt(input([row(1)], { links: [{ predecessorId: 1, successorId: 99, type: "FS" }] }));
      expect(layout.arrows).to.deep.equal([]);
    });
  });

  describe("collapsed summaries", () => {
    it("removes every descendant of a collapsed summary, and the links to them, keeping later rows", () => {
      const rows = [
        row(1, { isSummary: true }),
        row(2, { depth: 1, isSummary: true }),
        row(3, { depth: 2 }),
        row(4, { depth: 1 }),
        row(5),
        row(6, { isSummary: true }),
        row(7, { depth: 1 }),
      ];
      const links = [
        { predecessorId: 3, successorId: 5, type: "FS" as const },
        { predecessorId: 5, successorId: 7, type: "FS" as const },
      ];
      const layout = layoutGantt(input(rows, { links, collapsed: new Set([1]) }));
      expect(layout.bars.map((b) => b.row.id)).to.deep.equal([1, 5, 6, 7]);
      expect(layout.bars[0].collapsed).to.equal(true);
      expect(layout.bars[1].rowY).to.equal(HEADER_HEIGHT + ROW_HEIGHT);
      expect(layout.arrows.map((a) => [a.predecessorId, a.successorId])).to.deep.equal([[5, 7]]);

      const inner = layoutGantt(input(rows, { links, collapsed: new Set([2]) }));
      expect(inner.bars.map((b) => b.row.id)).to.deep.equal([1, 2, 4, 5, 6, 7]);
    });

    it("ignores collapsed ids that are not summaries", () => {
      expect(layoutGantt(input([row(1), row(2)], { collapsed: new Set([1, 42]) })).bars).to.have.length(2);
    });
  });

  describe("right to left", () => {
    it("mirrors every x as width − x − w so time runs right to left, without transforms", () => {
      const rows = [
        row(1, { progress: 50, baselineStart: "2026-03-02", baselineFinish: "2026-03-09" }),
        row(2, { start: "2026-03-09", finish: "2026-03-13", assignee: "Sara" }),
        row(3, { milestone: true, start: "2026-03-13", finish: "2026-03-13" }),
      ];
      const links = [{ predecessorId: 1, successorId: 2, type: "FS" as const }];
      const ltr = layoutGantt(input(rows, { links }));
      const rtl = layoutGantt(input(rows, { links, rtl: true }));
      const W = ltr.width;
      expect(rtl.width).to.equal(W);
      ltr.bars.forEach((b, i) => {
        const m = rtl.bars[i];
        expect(m.x).to.equal(W - b.x - b.width);
        expect(m.width).to.equal(b.width);
        expect(m.labelX).to.equal(W - b.labelX);
      });
      expect(rtl.bars[0].progressX).to.equal(rtl.bars[0].x + rtl.bars[0].width - rtl.bars[0].progressWidth);
      expect(rtl.bars[0].baseline!.x).to.equal(W - ltr.bars[0].baseline!.x - ltr.bars[0].baseline!.width);
      expect(pointsOf(rtl.bars[2].d)).to.deep.equal(pointsOf(ltr.bars[2].d).map((p) => ({ x: W - p.x, y: p.y })));
      expect(rtl.todayX).to.equal(W - ltr.todayX!);
      expect(rtl.nonWorking.map((b) => b.x)).to.deep.equal(ltr.nonWorking.map((b) => W - b.x - b.width));
      expect(rtl.bottomTicks.map((t) => t.x)).to.deep.equal(ltr.bottomTicks.map((t) => W - t.x - t.width));
      expect(rtl.phases[0].x).to.equal(W - ltr.phases[0].x - ltr.phases[0].width);
      expect(rtl.arrows[0].from).to.deep.equal({ x: W - ltr.arrows[0].from.x, y: ltr.arrows[0].from.y });
      expect(pointsOf(rtl.arrows[0].d)).to.deep.equal(pointsOf(ltr.arrows[0].d).map((p) => ({ x: W - p.x, y: p.y })));
    });
  });

  describe("stylesheet", () => {
    it("gives the task grid the layout's row and header heights, so grid rows and bars line up", () => {
      const css = fs.readFileSync(path.join(ROOT, "public/css/gantt.css"), "utf8");
      expect(css).to.match(new RegExp(`--gantt-row:\\s*${ROW_HEIGHT}px;`));
      expect(css).to.match(new RegExp(`--gantt-head:\\s*${HEADER_HEIGHT}px;`));
    });
  });

  describe("size", () => {
    it("lays out 5,000 rows and links in one pass", () => {
      const rows: GanttRowInput[] = [];
      const links: { predecessorId: number; successorId: number; type: LinkType }[] = [];
      for (let i = 1; i <= 5000; i++) {
        const start = new Date(Date.UTC(2026, 0, 5 + (i % 400))).toISOString().slice(0, 10);
        const finish = new Date(Date.UTC(2026, 0, 9 + (i % 400))).toISOString().slice(0, 10);
        rows.push(row(i, { start, finish, depth: i % 10 === 1 ? 0 : 1, isSummary: i % 10 === 1, phaseId: i <= 2500 ? PLANNING : FOUNDATION }));
        if (i > 1) links.push({ predecessorId: i - 1, successorId: i, type: (["FS", "SS", "FF", "SF"] as const)[i % 4] });
      }
      const layout = layoutGantt(input(rows, { links, collapsed: new Set([11, 21]) }));
      expect(layout.bars).to.have.length(5000 - 18);
      expect(layout.arrows.length).to.be.above(4900);
      expect(layout.phases).to.have.length(2);
    });
  });
});
