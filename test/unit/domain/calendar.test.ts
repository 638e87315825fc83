import { expect } from "chai";
import {
  DEFAULT_WORKING_WEEK,
  finishFor,
  formatWorkingWeek,
  isWorkingDay,
  nextWorkingDay,
  parseWorkingWeek,
  workingDaysBetween,
  type WorkingWeek,
} from "../../../server/domain/calendar";
import { addCalendarDays } from "../../../server/domain/dates";

// A small seeded generator so the "random" cases are the same on every run.
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Naive references, independent of the code under test: walk one UTC day at a time.
const DAY_MS = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const works = (t: number, week: WorkingWeek) => week.includes(new Date(t).getUTCDay() || 7);

function naiveFinish(start: string, duration: number, week: WorkingWeek): string {
  if (week.length === 0) return start;
  let t = ms(start);
  while (!works(t, week)) t += DAY_MS;
  for (let counted = 1; counted < duration; ) {
    t += DAY_MS;
    if (works(t, week)) counted++;
  }
  return iso(t);
}

function naiveBetween(start: string, finish: string, week: WorkingWeek): number {
  let n = 0;
  for (let t = ms(start); t <= ms(finish); t += DAY_MS) if (works(t, week)) n++;
  return n;
}

// Reference dates: 2026-03-02 is a Monday.
const MON = "2026-03-02";
const FRI = "2026-03-06";
const SAT = "2026-03-07";
const SUN = "2026-03-08";
const SAT_TO_WED: WorkingWeek = [6, 7, 1, 2, 3];

describe("domain/calendar", () => {
  describe("parseWorkingWeek", () => {
    it("reads a comma-separated list of ISO weekdays", () => {
      expect(parseWorkingWeek("1,2,3,4,5")).to.deep.equal([1, 2, 3, 4, 5]);
    });

    it("sorts, de-duplicates and tolerates spaces", () => {
      expect(parseWorkingWeek(" 7, 1 ,6,1,7 ")).to.deep.equal([1, 6, 7]);
    });

    it("drops parts that are not whole weekdays 1–7", () => {
      expect(parseWorkingWeek("0,8,x,2.5,,3,-1")).to.deep.equal([3]);
    });

    it("gives an empty week for an empty string", () => {
      expect(parseWorkingWeek("")).to.deep.equal([]);
    });
  });

  describe("formatWorkingWeek", () => {
    it("writes the weekdays sorted and comma-separated", () => {
      expect(formatWorkingWeek([6, 7, 1, 2, 3])).to.equal("1,2,3,6,7");
      expect(formatWorkingWeek([])).to.equal("");
    });

    it("does not reorder the week it was given", () => {
      const week = [6, 7, 1];
      formatWorkingWeek(week);
      expect(week).to.deep.equal([6, 7, 1]);
    });

    it("round-trips through parseWorkingWeek", () => {
      expect(parseWorkingWeek(formatWorkingWeek(SAT_TO_WED))).to.deep.equal([1, 2, 3, 6, 7]);
      expect(formatWorkingWeek(parseWorkingWeek("5,4,3"))).to.equal("3,4,5");
    });
  });

  describe("isWorkingDay and nextWorkingDay", () => {
    it("knows Monday to Friday work in the default week and the weekend does not", () => {
      expect([MON, FRI, SAT, SUN].map((d) => isWorkingDay(d, DEFAULT_WORKING_WEEK))).to.deep.equal([true, true, false, false]);
    });

    it("moves a weekend date to the following Monday and keeps a working date", () => {
      expect(nextWorkingDay(SAT, DEFAULT_WORKING_WEEK)).to.equal("2026-03-09");
      expect(nextWorkingDay(SUN, DEFAULT_WORKING_WEEK)).to.equal("2026-03-09");
      expect(nextWorkingDay(FRI, DEFAULT_WORKING_WEEK)).to.equal(FRI);
    });

    it("moves a Thursday to the Saturday in a Saturday–Wednesday week", () => {
      expect(nextWorkingDay("2026-03-05", SAT_TO_WED)).to.equal(SAT);
    });

    it("returns the date unchanged when no day of the week works", () => {
      expect(nextWorkingDay(SAT, [])).to.equal(SAT);
    });
  });

  describe("finishFor", () => {
    it("finishes a 0-day milestone and a 1-day task on their start", () => {
      expect(finishFor(MON, 0, DEFAULT_WORKING_WEEK)).to.equal(MON);
      expect(finishFor(MON, 1, DEFAULT_WORKING_WEEK)).to.equal(MON);
    });

    it("finishes a 5-day task starting Monday on Friday", () => {
      expect(finishFor(MON, 5, DEFAULT_WORKING_WEEK)).to.equal(FRI);
    });

    it("skips the weekend: a 2-day task starting Friday finishes Monday", () => {
      expect(finishFor(FRI, 2, DEFAULT_WORKING_WEEK)).to.equal("2026-03-09");
    });

    it("moves a start on a non-working day to the next working day before counting", () => {
      expect(finishFor(SAT, 0, DEFAULT_WORKING_WEEK)).to.equal("2026-03-09");
      expect(finishFor(SAT, 1, DEFAULT_WORKING_WEEK)).to.equal("2026-03-09");
      expect(finishFor(SUN, 3, DEFAULT_WORKING_WEEK)).to.equal("2026-03-11");
    });

    it("uses a Saturday–Wednesday week: 5 days from Saturday end on Wednesday, 6 days on the next Saturday", () => {
      expect(finishFor(SAT, 5, SAT_TO_WED)).to.equal("2026-03-11");
      expect(finishFor(SAT, 6, SAT_TO_WED)).to.equal("2026-03-14");
      expect(finishFor("2026-03-05", 1, SAT_TO_WED)).to.equal(SAT);
    });

    it("handles durations that are whole multiples of the week length", () => {
      expect(finishFor(MON, 10, DEFAULT_WORKING_WEEK)).to.equal("2026-03-13");
      expect(finishFor(MON, 11, DEFAULT_WORKING_WEEK)).to.equal("2026-03-16");
      expect(finishFor(FRI, 6, DEFAULT_WORKING_WEEK)).to.equal("2026-03-13");
    });

    it("handles a year-long task via the whole-week jump", () => {
      // 260 working days = 52 weeks of 5; from Monday that ends on a Friday 51 weeks and 4 days later.
      expect(finishFor("2026-01-05", 260, DEFAULT_WORKING_WEEK)).to.equal("2027-01-01");
      expect(finishFor("2026-01-05", 2600, DEFAULT_WORKING_WEEK)).to.equal(naiveFinish("2026-01-05", 2600, DEFAULT_WORKING_WEEK));
    });

    it("returns the start when no day of the week works", () => {
      expect(finishFor(SAT, 10, [])).to.equal(SAT);
    });

    it("agrees with a day-by-day count for 600 random starts, durations and weeks", () => {
      const rnd = seeded(20260302);
      for (let i = 0; i < 600; i++) {
        const week = randomWeek(rnd);
        const start = addCalendarDays("2025-01-01", Math.floor(rnd() * 1500));
        const duration = i % 3 === 0 ? Math.floor(rnd() * 4) : Math.floor(rnd() * 400);
        expect(finishFor(start, duration, week), `finishFor(${start}, ${duration}, [${week}])`).to.equal(
          naiveFinish(start, duration, week),
        );
      }
    });
  });

  describe("workingDaysBetween", () => {
    it("counts both ends inclusively", () => {
      expect(workingDaysBetween(MON, FRI, DEFAULT_WORKING_WEEK)).to.equal(5);
      expect(workingDaysBetween(MON, MON, DEFAULT_WORKING_WEEK)).to.equal(1);
      expect(workingDaysBetween(MON, "2026-03-15", DEFAULT_WORKING_WEEK)).to.equal(10);
    });

    it("counts nothing on a weekend and across it counts only working days", () => {
      expect(workingDaysBetween(SAT, SUN, DEFAULT_WORKING_WEEK)).to.equal(0);
      expect(workingDaysBetween(FRI, "2026-03-09", DEFAULT_WORKING_WEEK)).to.equal(2);
    });

    it("is 0 when the finish is before the start or no day works", () => {
      expect(workingDaysBetween(FRI, MON, DEFAULT_WORKING_WEEK)).to.equal(0);
      expect(workingDaysBetween(MON, FRI, [])).to.equal(0);
    });

    it("uses a Saturday–Wednesday week", () => {
      expect(workingDaysBetween(SAT, "2026-03-13", SAT_TO_WED)).to.equal(5);
      expect(workingDaysBetween("2026-03-05", "2026-03-06", SAT_TO_WED)).to.equal(0);
    });

    it("is the inverse of finishFor for tasks that start on a working day", () => {
      expect(workingDaysBetween(MON, finishFor(MON, 37, DEFAULT_WORKING_WEEK), DEFAULT_WORKING_WEEK)).to.equal(37);
      expect(workingDaysBetween(SAT, finishFor(SAT, 23, SAT_TO_WED), SAT_TO_WED)).to.equal(23);
    });

    it("agrees with a day-by-day count for 600 random ranges and weeks", () => {
      const rnd = seeded(7);
      for (let i = 0; i < 600; i++) {
        const week = randomWeek(rnd);
        const start = addCalendarDays("2025-01-01", Math.floor(rnd() * 1500));
        const finish = addCalendarDays(start, Math.floor(rnd() * 500) - 10);
        expect(workingDaysBetween(start, finish, week), `workingDaysBetween(${start}, ${finish}, [${week}])`).to.equal(
          finish < start ? 0 : naiveBetween(start, finish, week),
        );
      }
    });
  });
});

/** A random non-empty (mostly) set of ISO weekdays, in random order; sometimes empty. */
function randomWeek(rnd: () => number): WorkingWeek {
  const days = [1, 2, 3, 4, 5, 6, 7].filter(() => rnd() < 0.6);
  if (days.length === 0 && rnd() < 0.7) days.push(1 + Math.floor(rnd() * 7));
  return days.sort(() => rnd() - 0.5);
}
