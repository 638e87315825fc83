// WorkCalendar: working days as integer indices (day 0 = the first working day on or after the project
// start), with a working week and dated exceptions; dates convert at the edges.
import { expect } from "chai";
import { dayNumber, isoOf, weekdayOf, WorkCalendar } from "../../../server/domain/work-calendar";
import type { CalendarSpec } from "../../../server/domain/schedule-types";

const MON_FRI: CalendarSpec = { workingWeek: [1, 2, 3, 4, 5], exceptions: [] };
const SAT_WED: CalendarSpec = { workingWeek: [6, 7, 1, 2, 3], exceptions: [] };

/** Calendar days after (or before, if negative) an ISO date. */
function plusDays(iso: string, n: number): string {
  return isoOf(dayNumber(iso) + n);
}

describe("domain/work-calendar", () => {
  describe("day numbers", () => {
    it("counts days from 1970-01-01 (a Thursday), before it too", () => {
      expect(dayNumber("1970-01-01")).to.equal(0);
      expect(dayNumber("1970-01-02")).to.equal(1);
      expect(dayNumber("1969-12-31")).to.equal(-1);
      expect(isoOf(dayNumber("2024-02-29"))).to.equal("2024-02-29");
      expect(weekdayOf(0)).to.equal(4);
      expect(weekdayOf(dayNumber("2014-10-18"))).to.equal(6); // Saturday
      expect(weekdayOf(dayNumber("2014-10-19"))).to.equal(7); // Sunday
      expect(weekdayOf(dayNumber("1969-12-29"))).to.equal(1); // a Monday before the epoch
    });
  });

  describe("Monday–Friday from Mon 2014-10-13", () => {
    const cal = () => new WorkCalendar(MON_FRI, "2014-10-13");

    it("numbers the working days from 0 and skips weekends", () => {
      const c = cal();
      const dates = [0, 1, 2, 3, 4, 5, 6, 10].map((k) => c.dateOf(k));
      expect(dates).to.deep.equal(["2014-10-13", "2014-10-14", "2014-10-15", "2014-10-16", "2014-10-17", "2014-10-20", "2014-10-21", "2014-10-27"]);
    });

    it("indexOf gives the first working day on or after a date; indexAfter the first strictly after", () => {
      const c = cal();
      expect(c.indexOf("2014-10-13")).to.equal(0);
      expect(c.indexOf("2014-10-17")).to.equal(4);
      expect(c.indexOf("2014-10-18")).to.equal(5); // Sat → Mon 20
      expect(c.indexOf("2014-10-19")).to.equal(5); // Sun → Mon 20
      expect(c.indexAfter("2014-10-13")).to.equal(1);
      expect(c.indexAfter("2014-10-17")).to.equal(5); // the finish boundary of a task ending Fri 17
      expect(c.indexAfter("2014-10-18")).to.equal(5);
      expect(c.indexAfter("2014-10-19")).to.equal(5);
    });

    it("round-trips every working day for three years either side: indexOf(dateOf(k)) = k, indexAfter = k + 1", () => {
      const c = cal();
      for (let k = -800; k <= 800; k++) {
        const iso = c.dateOf(k);
        expect(c.isWorking(dayNumber(iso)), iso).to.equal(true);
        expect(c.indexOf(iso), iso).to.equal(k);
        expect(c.indexAfter(iso), iso).to.equal(k + 1);
      }
    });

    it("converts dates 10 and 30 years after the start (whole weeks: 5 working days per 7 calendar days)", () => {
      // 522 weeks = 3654 days → Mon 2024-10-14 is working day 2610; 1565 weeks → Mon 2044-10-10 is 7825.
      expect(plusDays("2014-10-13", 522 * 7)).to.equal("2024-10-14");
      expect(cal().dateOf(2610)).to.equal("2024-10-14");
      expect(cal().indexOf("2024-10-14")).to.equal(2610); // a fresh calendar reached by indexOf first
      expect(cal().indexOf("2024-10-12")).to.equal(2610); // the Saturday before
      expect(cal().dateOf(7825)).to.equal("2044-10-10");
      expect(cal().indexAfter("2044-10-10")).to.equal(7826);
    });

    it("converts dates before the start to negative indices", () => {
      const c = cal();
      expect(c.dateOf(-1)).to.equal("2014-10-10"); // the Friday before
      expect(c.indexOf("2014-10-11")).to.equal(0); // Saturday before the start → Mon 13 = 0
      expect(c.indexOf("2014-10-10")).to.equal(-1);
      expect(c.indexAfter("2014-10-10")).to.equal(0);
      // 52 weeks back: Mon 2013-10-14 = −260; 469 weeks back: Mon 2005-10-17 = −2345.
      expect(c.dateOf(-260)).to.equal("2013-10-14");
      expect(c.indexOf("2013-10-14")).to.equal(-260);
      expect(c.dateOf(-2345)).to.equal("2005-10-17");
      expect(c.indexOf("2005-10-17")).to.equal(-2345);
    });

    it("clamps dates more than 10 years before the start to the earliest covered day", () => {
      const c = cal();
      const edge = c.indexOf("2004-10-01");
      expect(c.indexOf("1990-01-01")).to.equal(edge);
      expect(c.dateOf(edge - 1000)).to.equal(c.dateOf(edge));
    });
  });

  it("starts at the next working day when the project starts on a weekend", () => {
    const c = new WorkCalendar(MON_FRI, "2014-10-18");
    expect(c.dateOf(0)).to.equal("2014-10-20");
    expect(c.indexOf("2014-10-18")).to.equal(0);
    expect(c.indexOf("2014-10-17")).to.equal(-1);
    expect(c.dateOf(-1)).to.equal("2014-10-17");
  });

  it("skips holidays and works extra working days", () => {
    // Wed 15 off, Sat 18 works: 0 Mon 13 | 1 Tue 14 | 2 Thu 16 | 3 Fri 17 | 4 Sat 18 | 5 Mon 20.
    const spec: CalendarSpec = {
      ...MON_FRI,
      exceptions: [
        { date: "2014-10-15", working: false },
        { date: "2014-10-18", working: true },
      ],
    };
    const c = new WorkCalendar(spec, "2014-10-13");
    expect([0, 1, 2, 3, 4, 5].map((k) => c.dateOf(k))).to.deep.equal(["2014-10-13", "2014-10-14", "2014-10-16", "2014-10-17", "2014-10-18", "2014-10-20"]);
    expect(c.indexOf("2014-10-15")).to.equal(2);
    expect(c.indexAfter("2014-10-15")).to.equal(2);
    expect(c.indexOf("2014-10-19")).to.equal(5);
    expect(c.isWorking(dayNumber("2014-10-15"))).to.equal(false);
    expect(c.isWorking(dayNumber("2014-10-18"))).to.equal(true);
    expect(c.isWorking(dayNumber("2014-10-25"))).to.equal(false); // the next Saturday is an ordinary one
  });

  it("moves day 0 past a holiday on the project start", () => {
    const c = new WorkCalendar({ ...MON_FRI, exceptions: [{ date: "2014-10-13", working: false }] }, "2014-10-13");
    expect(c.dateOf(0)).to.equal("2014-10-14");
    expect(c.indexOf("2014-10-13")).to.equal(0);
  });

  it("follows a Saturday–Wednesday week (Thursday and Friday off)", () => {
    // From Sat 2025-05-03: 0 Sat 3 | 1 Sun 4 | 2 Mon 5 | 3 Tue 6 | 4 Wed 7 | 5 Sat 10.
    const c = new WorkCalendar(SAT_WED, "2025-05-03");
    expect([0, 1, 2, 3, 4, 5].map((k) => c.dateOf(k))).to.deep.equal(["2025-05-03", "2025-05-04", "2025-05-05", "2025-05-06", "2025-05-07", "2025-05-10"]);
    expect(c.indexOf("2025-05-08")).to.equal(5); // Thu → Sat 10
    expect(c.indexOf("2025-05-09")).to.equal(5); // Fri → Sat 10
    expect(c.indexAfter("2025-05-07")).to.equal(5);
    // A Thursday project start: day 0 is the Saturday.
    const thu = new WorkCalendar(SAT_WED, "2025-05-01");
    expect(thu.dateOf(0)).to.equal("2025-05-03");
    expect(thu.dateOf(-1)).to.equal("2025-04-30"); // the Wednesday before
  });

  it("falls back to Monday–Friday when no weekday works (an empty or invalid working week)", () => {
    for (const workingWeek of [[], [0, 8, 2.5]]) {
      const c = new WorkCalendar({ workingWeek, exceptions: [] }, "2014-10-13");
      expect(c.dateOf(4), JSON.stringify(workingWeek)).to.equal("2014-10-17");
      expect(c.dateOf(5), JSON.stringify(workingWeek)).to.equal("2014-10-20");
      expect(c.indexOf("2014-10-18"), JSON.stringify(workingWeek)).to.equal(5);
    }
  });
});
