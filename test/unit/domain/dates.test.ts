import { expect } from "chai";
import { addCalendarDays, diffCalendarDays, isIsoDate, isoWeekday, startOfIsoWeek } from "../../../server/domain/dates";

describe("domain/dates", () => {
  describe("isIsoDate", () => {
    it("accepts a real calendar date written YYYY-MM-DD", () => {
      expect(isIsoDate("2026-03-02")).to.equal(true);
      expect(isIsoDate("2026-12-31")).to.equal(true);
      expect(isIsoDate("2000-02-29")).to.equal(true);
    });

    it("rejects 29 February in a common year and accepts it in a leap year", () => {
      expect(isIsoDate("2026-02-29")).to.equal(false);
      expect(isIsoDate("2028-02-29")).to.equal(true);
      expect(isIsoDate("1900-02-29")).to.equal(false);
    });

    it("rejects dates without zero padding", () => {
      expect(isIsoDate("2026-1-1")).to.equal(false);
      expect(isIsoDate("2026-01-1")).to.equal(false);
      expect(isIsoDate("26-01-01")).to.equal(false);
    });

    it("rejects impossible months and days", () => {
      expect(isIsoDate("2026-13-01")).to.equal(false);
      expect(isIsoDate("2026-00-10")).to.equal(false);
      expect(isIsoDate("2026-04-31")).to.equal(false);
      expect(isIsoDate("2026-01-00")).to.equal(false);
      expect(isIsoDate("2026-01-32")).to.equal(false);
    });

    it("rejects other formats, whitespace and the empty string", () => {
      expect(isIsoDate("")).to.equal(false);
      expect(isIsoDate(" 2026-03-02")).to.equal(false);
      expect(isIsoDate("2026-03-02 ")).to.equal(false);
      expect(isIsoDate("2026/03/02")).to.equal(false);
      expect(isIsoDate("2026-03-02T00:00:00Z")).to.equal(false);
      expect(isIsoDate("02-03-2026")).to.equal(false);
    });
  });

  describe("addCalendarDays", () => {
    it("moves across month, year and leap-day boundaries", () => {
      expect(addCalendarDays("2026-01-31", 1)).to.equal("2026-02-01");
      expect(addCalendarDays("2026-12-31", 1)).to.equal("2027-01-01");
      expect(addCalendarDays("2028-02-28", 1)).to.equal("2028-02-29");
      expect(addCalendarDays("2026-02-28", 1)).to.equal("2026-03-01");
    });

    it("goes backwards with a negative count and stays put with zero", () => {
      expect(addCalendarDays("2026-03-01", -1)).to.equal("2026-02-28");
      expect(addCalendarDays("2026-03-01", 0)).to.equal("2026-03-01");
    });

    it("is not shifted by the daylight-saving change in March", () => {
      expect(addCalendarDays("2026-03-28", 2)).to.equal("2026-03-30");
      expect(addCalendarDays("2026-10-24", 2)).to.equal("2026-10-26");
    });
  });

  describe("diffCalendarDays", () => {
    it("counts whole days from the first date to the second", () => {
      expect(diffCalendarDays("2026-03-02", "2026-03-09")).to.equal(7);
      expect(diffCalendarDays("2026-03-09", "2026-03-02")).to.equal(-7);
      expect(diffCalendarDays("2028-02-01", "2028-03-01")).to.equal(29);
      expect(diffCalendarDays("2026-01-01", "2027-01-01")).to.equal(365);
      expect(diffCalendarDays("2026-05-05", "2026-05-05")).to.equal(0);
    });
  });

  describe("isoWeekday", () => {
    it("numbers Monday 1 through Sunday 7", () => {
      // 2026-03-02 is a Monday.
      const days = [0, 1, 2, 3, 4, 5, 6].map((i) => isoWeekday(addCalendarDays("2026-03-02", i)));
      expect(days).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    });
  });

  describe("startOfIsoWeek", () => {
    it("returns the Monday of the week, treating Sunday as the week's last day", () => {
      expect(startOfIsoWeek("2026-03-02")).to.equal("2026-03-02");
      expect(startOfIsoWeek("2026-03-05")).to.equal("2026-03-02");
      expect(startOfIsoWeek("2026-03-08")).to.equal("2026-03-02");
      expect(startOfIsoWeek("2026-01-01")).to.equal("2025-12-29");
    });
  });
});
