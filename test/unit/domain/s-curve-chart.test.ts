// The S-curve's time axis in the page's calendar: ticks on the 1st of each Gregorian or Jalali month.
import { expect } from "chai";
import { layoutSCurve, monthStarts } from "../../../server/domain/s-curve-chart";
import type { SCurve } from "../../../server/domain/s-curve";
import { fromJalali } from "../../../server/domain/jalali";

const curve = (first: string, last: string): SCurve =>
  ({
    baseline: null,
    current: [
      { date: first, percent: 0 },
      { date: last, percent: 100 },
    ],
    actual: [{ date: first, percent: 0 }],
    plannedToday: 0,
  }) as unknown as SCurve;

describe("domain/s-curve-chart: month ticks", () => {
  it("lists the 1st of each Jalali month inside the span: 1 Azar 1405 = 2026-11-22 … 1 Esfand = 2027-02-20", () => {
    expect(monthStarts("2026-11-10", "2027-02-15", "jalali")).to.deep.equal([
      { date: "2026-11-22", calendar: "jalali", month: 9, year: 1405 },
      { date: "2026-12-22", calendar: "jalali", month: 10, year: 1405 },
      { date: "2027-01-21", calendar: "jalali", month: 11, year: 1405 },
    ]);
    expect(monthStarts("2026-11-22", "2027-02-20", "jalali").map((m) => m.date)).to.deep.equal(
      [9, 10, 11, 12].map((jm) => fromJalali(1405, jm, 1)),
    );
  });

  it("lists the 1st of each Gregorian month for a Gregorian page", () => {
    expect(monthStarts("2026-11-10", "2027-02-15", "gregorian").map((m) => [m.date, m.month, m.year])).to.deep.equal([
      ["2026-12-01", 12, 2026],
      ["2027-01-01", 1, 2027],
      ["2027-02-01", 2, 2027],
    ]);
  });

  it("places Jalali ticks at their dates, the year on the first tick and on each new year's first", () => {
    const chart = layoutSCurve(curve("2026-11-10", "2027-06-15"), { today: "2026-12-01", rtl: false, calendar: "jalali" });
    expect(chart.xTicks.map((t) => [t.calendar, t.month, t.year, t.showYear])).to.deep.equal([
      ["jalali", 9, 1405, true],
      ["jalali", 10, 1405, false],
      ["jalali", 11, 1405, false],
      ["jalali", 12, 1405, false],
      ["jalali", 1, 1406, true],
      ["jalali", 2, 1406, false],
      ["jalali", 3, 1406, false],
    ]);
    const gregorian = layoutSCurve(curve("2026-11-10", "2027-06-15"), { today: "2026-12-01", rtl: false });
    expect(gregorian.xTicks.map((t) => [t.calendar, t.month, t.showYear])[0]).to.deep.equal(["gregorian", 12, true]);
    // 1 Azar (2026-11-22) lies before 1 December on the same scale.
    expect(chart.xTicks[0].x).to.be.below(gregorian.xTicks[0].x);
  });
});
