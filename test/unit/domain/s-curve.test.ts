import { expect } from "chai";
import { actualCurve, plannedPercentAt, sampleDates, sCurve, type PlannedTask } from "../../../server/domain/s-curve";
import { layoutSCurve } from "../../../server/domain/s-curve-chart";
import { WorkCalendar } from "../../../server/domain/work-calendar";

// Monday–Friday from Mon 2026-03-02.
const WEEK = { workingWeek: [1, 2, 3, 4, 5], exceptions: [] };
const cal = new WorkCalendar(WEEK, "2026-03-02");
const A: PlannedTask = { start: "2026-03-02", finish: "2026-03-06", durationDays: 5 };
const B: PlannedTask = { start: "2026-03-09", finish: "2026-03-13", durationDays: 5 };
const percents = (points: { percent: number }[]) => points.map((p) => p.percent);

describe("domain/s-curve", () => {
  describe("plannedPercentAt", () => {
    it("earns each task's duration evenly over its working days, counted before each date", () => {
      const dates = ["2026-03-02", "2026-03-04", "2026-03-07", "2026-03-09", "2026-03-11", "2026-03-16", "2026-04-01"];
      // 03-04: 2 of A's 5 days = 2 of 10 → 20 %; Saturday 03-07: all of A → 50 %; 03-11: A + 2 of B → 70 %.
      expect(plannedPercentAt([A, B], dates, cal)).to.deep.equal([
        { date: "2026-03-02", percent: 0 },
        { date: "2026-03-04", percent: 20 },
        { date: "2026-03-07", percent: 50 },
        { date: "2026-03-09", percent: 50 },
        { date: "2026-03-11", percent: 70 },
        { date: "2026-03-16", percent: 100 },
        { date: "2026-04-01", percent: 100 },
      ]);
    });

    it("weights by duration: a 15-day task counts three times a 5-day one", () => {
      const long: PlannedTask = { start: "2026-03-02", finish: "2026-03-20", durationDays: 15 };
      // On 03-09: A done (5) + 5 of long's 15 days (5) = 10 of 20.
      expect(percents(plannedPercentAt([A, long], ["2026-03-09"], cal))).to.deep.equal([50]);
    });

    it("skips holidays: a task spanning one earns nothing on it", () => {
      const holiday = new WorkCalendar({ workingWeek: [1, 2, 3, 4, 5], exceptions: [{ date: "2026-03-04", working: false }] }, "2026-03-02");
      const t: PlannedTask = { start: "2026-03-02", finish: "2026-03-06", durationDays: 4 };
      expect(percents(plannedPercentAt([t], ["2026-03-04", "2026-03-05", "2026-03-06"], holiday))).to.deep.equal([50, 50, 75]);
    });

    it("gives milestones no weight beside real work, and counts each milestone on the day after it when there is only milestones", () => {
      const ms: PlannedTask = { start: "2026-03-06", finish: "2026-03-06", durationDays: 0 };
      expect(percents(plannedPercentAt([A, ms], ["2026-03-04"], cal))).to.deep.equal([40]);
      const ms2: PlannedTask = { start: "2026-03-13", finish: "2026-03-13", durationDays: 0 };
      expect(percents(plannedPercentAt([ms, ms2], ["2026-03-06", "2026-03-09", "2026-03-16"], cal))).to.deep.equal([0, 50, 100]);
    });

    it("is 0 everywhere without tasks", () => {
      expect(percents(plannedPercentAt([], ["2026-03-02"], cal))).to.deep.equal([0]);
    });
  });

  describe("sampleDates", () => {
    it("steps a week from the first date and ends on or after the last", () => {
      expect(sampleDates("2026-03-02", "2026-03-21")).to.deep.equal(["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23"]);
      expect(sampleDates("2026-03-02", "2026-03-02")).to.deep.equal(["2026-03-02"]);
    });

    it("widens the step to whole weeks so a long project keeps about 60 samples", () => {
      const dates = sampleDates("2026-01-05", "2028-01-05");
      expect(dates[1]).to.equal("2026-01-19");
      expect(dates.length).to.be.at.most(61);
      expect(dates[dates.length - 1] >= "2028-01-05").to.equal(true);
    });
  });

  describe("actualCurve", () => {
    it("takes the snapshots before today in date order, then today's value (replacing today's snapshot, ignoring later ones)", () => {
      const snapshots = [
        { date: "2026-03-05", percent: 15 },
        { date: "2026-03-02", percent: 0 },
        { date: "2026-03-11", percent: 40 },
        { date: "2026-03-20", percent: 99 },
      ];
      expect(actualCurve(snapshots, "2026-03-11", 45)).to.deep.equal([
        { date: "2026-03-02", percent: 0 },
        { date: "2026-03-05", percent: 15 },
        { date: "2026-03-11", percent: 45 },
      ]);
    });

    it("is today's value alone without snapshots", () => {
      expect(actualCurve([], "2026-03-11", 12)).to.deep.equal([{ date: "2026-03-11", percent: 12 }]);
    });
  });

  describe("sCurve", () => {
    const slipped: PlannedTask = { start: "2026-03-16", finish: "2026-03-20", durationDays: 5 };
    const input = {
      today: "2026-03-11",
      calendar: WEEK,
      projectStart: "2026-03-02",
      baseline: [A, B],
      current: [A, slipped],
      snapshots: [{ date: "2026-03-02", percent: 0 }, { date: "2026-03-09", percent: 40 }],
      todayPercent: 55,
    };

    it("samples the baseline and the current schedule on the same weekly dates across both spans", () => {
      const curve = sCurve(input)!;
      expect(curve.baseline).to.deep.equal([
        { date: "2026-03-02", percent: 0 },
        { date: "2026-03-09", percent: 50 },
        { date: "2026-03-16", percent: 100 },
        { date: "2026-03-23", percent: 100 },
      ]);
      expect(percents(curve.current)).to.deep.equal([0, 50, 50, 100]);
      expect(curve.actual).to.deep.equal([
        { date: "2026-03-02", percent: 0 },
        { date: "2026-03-09", percent: 40 },
        { date: "2026-03-11", percent: 55 },
      ]);
      expect(curve.plannedToday).to.equal(70);
    });

    it("without a baseline plans from the current schedule", () => {
      const curve = sCurve({ ...input, baseline: null })!;
      expect(curve.baseline).to.equal(null);
      expect(curve.plannedToday).to.equal(50);
    });

    it("is null for a project without tasks", () => {
      expect(sCurve({ ...input, baseline: null, current: [] })).to.equal(null);
    });
  });

  describe("layoutSCurve", () => {
    const curve = sCurve({
      today: "2026-03-16",
      calendar: WEEK,
      projectStart: "2026-03-02",
      baseline: null,
      current: [{ start: "2026-03-02", finish: "2026-04-30", durationDays: 44 }],
      snapshots: [],
      todayPercent: 20,
    })!;

    it("maps the first sample to the plot's start, 0 % to its bottom and 100 % to its top", () => {
      const chart = layoutSCurve(curve, { today: "2026-03-16", rtl: false });
      const [first] = chart.lines[0].points.split(" ");
      expect(first).to.equal(`${chart.plot.x},${chart.plot.bottom}`);
      expect(chart.yTicks.map((t) => t.y)).to.deep.equal([chart.plot.bottom, 189, 130, 71, chart.plot.y]);
      expect(chart.lines.map((l) => l.series)).to.deep.equal(["current", "actual"]);
      expect(chart.todayX).to.be.greaterThan(chart.plot.x).and.lessThan(chart.plot.right);
      expect(chart.xTicks.map((t) => [t.month, t.showYear])).to.deep.equal([[4, true], [5, false]]);
    });

    it("runs time from the right in RTL, with the percent labels on the right", () => {
      const ltr = layoutSCurve(curve, { today: "2026-03-16", rtl: false });
      const rtl = layoutSCurve(curve, { today: "2026-03-16", rtl: true });
      const [first] = rtl.lines[0].points.split(" ");
      expect(first).to.equal(`${rtl.plot.right},${rtl.plot.bottom}`);
      expect(rtl.todayX).to.be.closeTo(rtl.plot.right - (ltr.todayX! - ltr.plot.x), 0.11);
      expect(rtl.yLabelAnchor).to.equal("start");
      expect(rtl.yLabelX).to.be.greaterThan(rtl.plot.right);
    });
  });
});
