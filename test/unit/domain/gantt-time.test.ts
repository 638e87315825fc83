// The Gantt's time axis in the Jalali calendar: month, season and year boundaries, Jalali day numbers,
// weeks from Saturday in Persian, the Gregorian fallback for dates Jalali cannot count. Every boundary is
// cross-checked with server/domain/jalali.ts.
import { expect } from "chai";
import { layoutGantt, type GanttInput, type GanttLayout, type GanttRowInput, type GanttTick } from "../../../server/domain/gantt-layout";
import { axisCalendar, axisTicks, fromDay, GREGORIAN_AXIS, nextUnit, timeRange, toDay, unitStart, weekdayOf, type AxisCalendar } from "../../../server/domain/gantt-time";
import { fromJalali, toJalali } from "../../../server/domain/jalali";

const JALALI_FA: AxisCalendar = { system: "jalali", weekStart: 6 };
const JALALI_EN: AxisCalendar = { system: "jalali", weekStart: 1 };

function input(start: string, finish: string, over: Partial<GanttInput> = {}): GanttInput {
  const row: GanttRowInput = {
    id: 1,
    wbs: "1",
    name: "Task",
    depth: 0,
    isSummary: false,
    milestone: false,
    start,
    finish,
    progress: 0,
    critical: false,
    constraintViolated: false,
    deadline: null,
    phaseId: 1,
    baselineStart: null,
    baselineFinish: null,
    assignee: null,
  };
  return {
    rows: [row],
    links: [],
    phases: [{ id: 1, label: "Planning" }],
    calendar: { workingWeek: [1, 2, 3, 4, 5], exceptions: [] },
    today: start,
    zoom: "month",
    showCritical: false,
    collapsed: new Set(),
    rtl: false,
    ...over,
  };
}

/** The ISO date a tick's cell starts on (LTR layouts: x grows with time). */
const startOf = (layout: GanttLayout, tick: GanttTick) => fromDay(toDay(layout.firstDay) + tick.x / layout.pxPerDay);

describe("domain/gantt-time: the Jalali axis", () => {
  describe("month zoom", () => {
    // 2026-11-10 is 19 Aban 1405; 2027-02-15 is 26 Bahman 1405.
    const layout = layoutGantt(input("2026-11-10", "2027-02-15", { axis: JALALI_FA }));

    it("puts month cells on the 1st of each Jalali month: 1 Azar 1405 = 2026-11-22, 1 Dey = 12-22, 1 Bahman = 2027-01-21, 1 Esfand = 02-20", () => {
      expect(layout.axis).to.deep.equal(JALALI_FA);
      const cells = layout.bottomTicks.map((t) => [startOf(layout, t), t.unit, t.calendar, t.year, t.month, t.day]);
      expect(cells).to.deep.equal([
        ["2026-10-23", "month", "jalali", 1405, 8, 1],
        ["2026-11-22", "month", "jalali", 1405, 9, 1],
        ["2026-12-22", "month", "jalali", 1405, 10, 1],
        ["2027-01-21", "month", "jalali", 1405, 11, 1],
        ["2027-02-20", "month", "jalali", 1405, 12, 1],
        ["2027-03-21", "month", "jalali", 1406, 1, 1],
      ]);
      for (const t of layout.bottomTicks) expect(startOf(layout, t)).to.equal(fromJalali(t.year, t.month, 1));
    });

    it("sizes each cell to its Jalali month's days (Azar 30, Esfand 29 in 1405) and starts the range on 1 Aban", () => {
      expect(layout.firstDay).to.equal(fromJalali(1405, 8, 1));
      expect(layout.bottomTicks.map((t) => t.width / layout.pxPerDay)).to.deep.equal([30, 30, 30, 30, 29, 31]);
      expect(toJalali(fromDay(toDay(layout.lastDay) + 1))).to.deep.equal({ jy: 1406, jm: 2, jd: 1 });
    });

    it("puts Jalali years on top, the new year on 1 Farvardin 1406 = 2027-03-21", () => {
      // The first year's cell is clipped to the range: it starts where the chart does.
      expect(layout.topTicks.map((t) => [t.unit, t.year, startOf(layout, t)])).to.deep.equal([
        ["year", 1405, "2026-10-23"],
        ["year", 1406, "2027-03-21"],
      ]);
    });

    it("draws the month grid lines on the Jalali month boundaries", () => {
      const boundaries = layout.gridLines.map((x) => fromDay(toDay(layout.firstDay) + x / layout.pxPerDay));
      expect(boundaries).to.deep.equal(["2026-11-22", "2026-12-22", "2027-01-21", "2027-02-20", "2027-03-21"]);
    });

    it("leaves the bars where the Gregorian dates put them: only the axis changes", () => {
      const bar = layout.bars[0];
      expect(bar.x).to.equal((toDay("2026-11-10") - toDay(layout.firstDay)) * 3);
      expect(bar.width).to.equal((toDay("2027-02-15") - toDay("2026-11-10") + 1) * 3);
    });
  });

  it("splits quarter zoom on the Jalali seasons: 1 Farvardin, 1 Tir, 1 Mehr and 1 Dey", () => {
    const layout = layoutGantt(input("2026-04-15", "2026-10-15", { zoom: "quarter", axis: JALALI_FA }));
    expect(layout.bottomTicks.map((t) => [startOf(layout, t), t.unit, t.year, t.quarter])).to.deep.equal([
      ["2026-03-21", "quarter", 1405, 1],
      ["2026-06-22", "quarter", 1405, 2],
      ["2026-09-23", "quarter", 1405, 3],
      ["2026-12-22", "quarter", 1405, 4],
    ]);
    expect([fromJalali(1405, 4, 1), fromJalali(1405, 7, 1), fromJalali(1405, 10, 1)]).to.deep.equal(["2026-06-22", "2026-09-23", "2026-12-22"]);
    expect(layout.topTicks.map((t) => t.year)).to.deep.equal([1405]);
  });

  it("numbers the days of the day zoom by their Jalali day of month, and puts Jalali months above them", () => {
    const layout = layoutGantt(input("2026-11-18", "2026-11-25", { zoom: "day", axis: JALALI_FA }));
    const byDate = new Map(layout.bottomTicks.map((t) => [startOf(layout, t), t]));
    expect(byDate.get("2026-11-21")).to.deep.include({ unit: "day", year: 1405, month: 8, day: 30 });
    expect(byDate.get("2026-11-22")).to.deep.include({ unit: "day", year: 1405, month: 9, day: 1 });
    expect(byDate.get("2026-11-25")).to.deep.include({ month: 9, day: 4 });
    for (const [iso, t] of byDate) expect(toJalali(iso)).to.deep.equal({ jy: t.year, jm: t.month, jd: t.day });
    expect(layout.topTicks.map((t) => [t.month, t.format])).to.deep.equal([
      [8, "monthYear"],
      [9, "monthYear"],
    ]);
  });

  describe("weeks", () => {
    it("start on Saturday in Persian, labelled with the Saturday's Jalali day of month", () => {
      const layout = layoutGantt(input("2026-11-10", "2026-12-20", { zoom: "week", axis: JALALI_FA }));
      expect(weekdayOf(toDay(layout.firstDay))).to.equal(6);
      expect(layout.bottomTicks.length).to.be.above(5);
      for (const t of layout.bottomTicks) {
        const iso = startOf(layout, t);
        expect(weekdayOf(toDay(iso)), iso).to.equal(6);
        expect(toJalali(iso)).to.deep.equal({ jy: t.year, jm: t.month, jd: t.day });
      }
      // Sat 2026-11-21 is 30 Aban, Sat 2026-11-28 is 7 Azar.
      expect(layout.bottomTicks.filter((t) => t.month === 9).map((t) => t.day).slice(0, 2)).to.deep.equal([7, 14]);
      expect(layout.gridLines.every((x) => weekdayOf(toDay(layout.firstDay) + x / 8) === 6)).to.equal(true);
    });

    it("start on Monday in English, whatever the calendar", () => {
      for (const axis of [JALALI_EN, GREGORIAN_AXIS]) {
        const layout = layoutGantt(input("2026-11-10", "2026-12-20", { zoom: "week", axis }));
        for (const t of layout.bottomTicks) expect(weekdayOf(toDay(startOf(layout, t)))).to.equal(1);
      }
    });

    it("come from the locale: Saturday for fa, Monday for en", () => {
      expect(axisCalendar("jalali", "fa")).to.deep.equal({ system: "jalali", weekStart: 6 });
      expect(axisCalendar("gregorian", "fa")).to.deep.equal({ system: "gregorian", weekStart: 6 });
      expect(axisCalendar("jalali", "en")).to.deep.equal({ system: "jalali", weekStart: 1 });
      expect(axisCalendar("gregorian", "en")).to.deep.equal(GREGORIAN_AXIS);
    });

    it("snap day zoom's range and grid to the same first weekday", () => {
      const layout = layoutGantt(input("2026-11-10", "2026-11-20", { zoom: "day", axis: JALALI_FA }));
      expect(weekdayOf(toDay(layout.firstDay))).to.equal(6);
      expect(weekdayOf(toDay(layout.lastDay) + 1)).to.equal(6);
    });
  });

  it("keeps Gregorian months, quarters and years when the axis is Gregorian or left out", () => {
    const asked = layoutGantt(input("2026-11-10", "2027-02-15", { axis: GREGORIAN_AXIS }));
    const omitted = layoutGantt(input("2026-11-10", "2027-02-15"));
    expect(omitted.axis).to.deep.equal(GREGORIAN_AXIS);
    expect(asked.bottomTicks).to.deep.equal(omitted.bottomTicks);
    expect(omitted.bottomTicks.map((t) => [startOf(omitted, t), t.calendar, t.month])).to.deep.equal([
      ["2026-11-01", "gregorian", 11],
      ["2026-12-01", "gregorian", 12],
      ["2027-01-01", "gregorian", 1],
      ["2027-02-01", "gregorian", 2],
      ["2027-03-01", "gregorian", 3],
      ["2027-04-01", "gregorian", 4],
    ]);
  });

  it("mirrors the Jalali ticks in RTL like the Gregorian ones", () => {
    const ltr = layoutGantt(input("2026-11-10", "2027-02-15", { axis: JALALI_FA }));
    const rtl = layoutGantt(input("2026-11-10", "2027-02-15", { axis: JALALI_FA, rtl: true }));
    expect(rtl.bottomTicks.map((t) => t.x)).to.deep.equal(ltr.bottomTicks.map((t) => ltr.width - t.x - t.width));
    expect(rtl.bottomTicks.map((t) => t.labelX)).to.deep.equal(ltr.bottomTicks.map((t) => ltr.width - t.x - 4));
  });

  it("falls back to a Gregorian axis for dates the Jalali calendar cannot count, instead of failing", () => {
    const layout = layoutGantt(input("9999-12-01", "9999-12-20", { zoom: "week", axis: JALALI_FA }));
    expect(layout.axis).to.deep.equal({ system: "gregorian", weekStart: 6 });
    expect(layout.topTicks.every((t) => t.calendar === "gregorian")).to.equal(true);
    expect(weekdayOf(toDay(layout.firstDay))).to.equal(6);
  });

  it("steps units across Jalali years: Esfand to Farvardin, the last season to the first, year to year", () => {
    const esfand = toDay("2027-02-25");
    expect(fromDay(unitStart("month", esfand, JALALI_FA))).to.equal("2027-02-20");
    expect(fromDay(nextUnit("month", toDay("2027-02-20"), JALALI_FA))).to.equal("2027-03-21");
    expect(fromDay(unitStart("quarter", esfand, JALALI_FA))).to.equal("2026-12-22");
    expect(fromDay(nextUnit("quarter", toDay("2026-12-22"), JALALI_FA))).to.equal("2027-03-21");
    expect(fromDay(unitStart("year", esfand, JALALI_FA))).to.equal("2026-03-21");
    expect(fromDay(nextUnit("year", toDay("2026-03-21"), JALALI_FA))).to.equal("2027-03-21");
    expect(fromDay(unitStart("week", toDay("2026-11-25"), JALALI_FA))).to.equal("2026-11-21");
    expect(fromDay(unitStart("week", toDay("2026-11-21"), JALALI_FA))).to.equal("2026-11-21");
  });

  it("gives every day of the widest day zoom its Jalali date, across years and leap years", () => {
    // About as wide as day zoom may be (100,000 px / 24 px ≈ 4,166 days); wider falls back to week zoom.
    expect(timeRange(toDay("2026-01-01"), toDay("2038-01-01"), "day", JALALI_FA).zoom).to.equal("week");
    const days = timeRange(toDay("2026-01-01"), toDay("2036-06-01"), "day", JALALI_FA);
    expect(days.zoom).to.equal("day");
    const ticks = axisTicks("day", "bottom", days, false);
    expect(ticks).to.have.length(days.end - days.first);
    ticks.forEach((t, i) => expect(toJalali(fromDay(days.first + i))).to.deep.equal({ jy: t.year, jm: t.month, jd: t.day }));
  });
});
