import { expect } from "chai";
import { dayNumber, expandException, isoOf } from "../../../server/domain/mspdi-calendar";

/** An Exception element as the XML parser gives it (all values strings). */
function exception(fields: Record<string, string | number>, from: string, to?: string) {
  const e: Record<string, unknown> = { TimePeriod: { FromDate: `${from}T00:00:00`, ...(to ? { ToDate: `${to}T23:59:00` } : {}) } };
  for (const [k, v] of Object.entries(fields)) e[k] = String(v);
  return e;
}

const span = { from: dayNumber("2024-01-01"), to: dayNumber("2026-12-31") };
const dates = (e: Record<string, unknown>, within = span) => expandException(e, within)?.map(isoOf) ?? null;

describe("domain/mspdi-calendar: expandException", () => {
  it("expands a date range (Type 1), whatever the weekday", () => {
    expect(dates(exception({ Type: 1 }, "2024-06-06", "2024-06-10"))).to.deep.equal(["2024-06-06", "2024-06-07", "2024-06-08", "2024-06-09", "2024-06-10"]);
    expect(dates(exception({}, "2024-06-06"))).to.deep.equal(["2024-06-06"]);
  });

  it("repeats daily every n days until the end date or for the number of occurrences (Types 1 and 7)", () => {
    expect(dates(exception({ Type: 1, Period: 2 }, "2024-06-03", "2024-06-09"))).to.deep.equal(["2024-06-03", "2024-06-05", "2024-06-07", "2024-06-09"]);
    expect(dates(exception({ Type: 7, Period: 3, Occurrences: 4 }, "2024-06-03"))).to.deep.equal(["2024-06-03", "2024-06-06", "2024-06-09", "2024-06-12"]);
    expect(dates(exception({ Type: 1, Occurrences: 3 }, "2024-06-03"))).to.deep.equal(["2024-06-03", "2024-06-04", "2024-06-05"]);
  });

  it("repeats weekly on the DaysOfWeek bitmask (1 = Sunday … 64 = Saturday) every n weeks (Type 6)", () => {
    // Monday (2) and Friday (32) every other week, five times.
    expect(dates(exception({ Type: 6, DaysOfWeek: 34, Period: 2, Occurrences: 5 }, "2024-06-03"))).to.deep.equal([
      "2024-06-03",
      "2024-06-07",
      "2024-06-17",
      "2024-06-21",
      "2024-07-01",
    ]);
    // Starting on a Wednesday: that week's Monday is before the start and does not count.
    expect(dates(exception({ Type: 6, DaysOfWeek: 34, Occurrences: 3 }, "2024-06-05"))).to.deep.equal(["2024-06-07", "2024-06-10", "2024-06-14"]);
  });

  it("repeats monthly on a day of the month, clamped to short months, every n months (Type 4)", () => {
    expect(dates(exception({ Type: 4, MonthDay: 31, Occurrences: 3 }, "2024-01-01"))).to.deep.equal(["2024-01-31", "2024-02-29", "2024-03-31"]);
    expect(dates(exception({ Type: 4, MonthDay: 10, Period: 2 }, "2024-06-11", "2024-12-31"))).to.deep.equal(["2024-08-10", "2024-10-10", "2024-12-10"]);
  });

  it("repeats monthly on the n-th or last weekday (Type 5: MonthItem 3 = Sunday … 9 = Saturday, MonthPosition 0–3, 4 = last)", () => {
    expect(dates(exception({ Type: 5, MonthItem: 4, MonthPosition: 0, Occurrences: 3 }, "2024-06-01"))).to.deep.equal(["2024-06-03", "2024-07-01", "2024-08-05"]);
    expect(dates(exception({ Type: 5, MonthItem: 8, MonthPosition: 4, Occurrences: 2 }, "2024-06-01"))).to.deep.equal(["2024-06-28", "2024-07-26"]);
    expect(dates(exception({ Type: 5, MonthItem: 3, MonthPosition: 1, Occurrences: 1 }, "2024-09-01"))).to.deep.equal(["2024-09-08"]);
  });

  it("repeats yearly on a date or on the n-th weekday of a month (Types 2 and 3, Month 0-based)", () => {
    expect(dates(exception({ Type: 2, Month: 11, MonthDay: 25, Occurrences: 3 }, "2024-01-01"))).to.deep.equal(["2024-12-25", "2025-12-25", "2026-12-25"]);
    // US Thanksgiving: the fourth Thursday of November.
    expect(dates(exception({ Type: 3, Month: 10, MonthItem: 7, MonthPosition: 3 }, "2024-01-01", "2025-12-31"))).to.deep.equal(["2024-11-28", "2025-11-27"]);
    // A yearly date before the start of the recurrence waits for the next year.
    expect(dates(exception({ Type: 2, Month: 0, MonthDay: 1, Occurrences: 1 }, "2024-06-01"))).to.deep.equal(["2025-01-01"]);
  });

  it("returns only the days inside the span, counting occurrences from the first one", () => {
    const window = { from: dayNumber("2024-06-01"), to: dayNumber("2024-06-30") };
    expect(dates(exception({ Type: 7, Occurrences: 10 }, "2024-05-25"), window)).to.deep.equal(["2024-06-01", "2024-06-02", "2024-06-03"]);
    const forever = dates(exception({ Type: 7, Period: 1 }, "1990-01-01", "2149-12-31"), window)!;
    expect([forever.length, forever[0], forever[forever.length - 1]]).to.deep.equal([30, "2024-06-01", "2024-06-30"]);
    expect(dates(exception({ Type: 1 }, "2010-01-01", "2010-01-05"), window)).to.deep.equal([]);
  });

  it("gives null for an exception it cannot read", () => {
    expect(dates({ Type: "1" })).to.equal(null);
    expect(dates(exception({ Type: 6, DaysOfWeek: 0 }, "2024-06-03"))).to.equal(null);
    expect(dates(exception({ Type: 2, Month: 12, MonthDay: 1 }, "2024-06-03"))).to.equal(null);
    expect(dates(exception({ Type: 5, MonthItem: 2, MonthPosition: 0 }, "2024-06-03"))).to.equal(null);
    expect(dates(exception({ Type: 9 }, "2024-06-03"))).to.equal(null);
    expect(dates(exception({ Type: 7, Occurrences: 0 }, "2024-06-03"))).to.equal(null);
  });
});
