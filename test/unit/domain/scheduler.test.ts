// The CPM scheduler against the day-level conventions of /work/shared/design/SCHEDULING-CONVENTIONS.md:
// every expected date below is worked out by hand from those rules (boundaries: a task starting on
// working day b with d days occupies b … b+d−1 and has finish boundary b+d).
import { expect } from "chai";
import { schedule, ScheduleCycleError } from "../../../server/domain/scheduler";
import type { CalendarSpec, ScheduledTask, ScheduleLinkInput, ScheduleResult, ScheduleTaskInput } from "../../../server/domain/schedule-types";
import type { LinkType } from "../../../server/domain/types";

const MON_FRI: CalendarSpec = { workingWeek: [1, 2, 3, 4, 5], exceptions: [] };
/** Saturday–Wednesday (the Persian week): Thursday and Friday are off. */
const SAT_WED: CalendarSpec = { workingWeek: [6, 7, 1, 2, 3], exceptions: [] };

// Most cases start on Mon 2014-10-13 with a Monday–Friday week. Working-day indices:
//   0 Mon 10-13 | 1 Tue 10-14 | 2 Wed 10-15 | 3 Thu 10-16 | 4 Fri 10-17
//   5 Mon 10-20 | 6 Tue 10-21 | 7 Wed 10-22 | 8 Thu 10-23 | 9 Fri 10-24 | 10 Mon 10-27
const OCT13 = "2014-10-13";

function task(id: number, durationDays: number, over: Partial<ScheduleTaskInput> = {}): ScheduleTaskInput {
  // The stored start of an automatic task is ignored by the scheduler: give it a date far away.
  return { id, parentId: null, durationDays, manual: false, start: "2030-01-01", constraint: "ASAP", constraintDate: null, ...over };
}

function link(predecessorId: number, successorId: number, type: LinkType = "FS", lagDays = 0): ScheduleLinkInput {
  return { predecessorId, successorId, type, lagDays };
}

function run(tasks: ScheduleTaskInput[], links: ScheduleLinkInput[] = [], projectStart = OCT13, calendar: CalendarSpec = MON_FRI): ScheduleResult {
  return schedule({ projectStart, calendar, tasks, links });
}

function get(r: ScheduleResult, id: number): ScheduledTask {
  const t = r.tasks.get(id);
  if (!t) expect.fail(`task ${id} missing from the result`);
  return t;
}

/** [start, finish] of a task. */
function span(r: ScheduleResult, id: number): [string, string] {
  const t = get(r, id);
  return [t.start, t.finish];
}

/** [lateStart, lateFinish, totalSlack, freeSlack, critical] of a task. */
function late(r: ScheduleResult, id: number): [string, string, number, number, boolean] {
  const t = get(r, id);
  return [t.lateStart, t.lateFinish, t.totalSlack, t.freeSlack, t.critical];
}

/** Runs the scheduler and returns the ScheduleCycleError it throws (failing the test if it does not). */
function cycleOf(tasks: ScheduleTaskInput[], links: ScheduleLinkInput[]): ScheduleCycleError {
  try {
    run(tasks, links);
  } catch (err) {
    expect(err).to.be.instanceOf(ScheduleCycleError);
    return err as ScheduleCycleError;
  }
  expect.fail("expected schedule() to throw ScheduleCycleError");
}

/** The loop is closed (first id repeated at the end) and walks `cycle` in link order, from any of its ids. */
function expectLoop(loop: number[], cycle: number[]): void {
  expect(loop[0], "closed loop").to.equal(loop[loop.length - 1]);
  const open = loop.slice(0, -1);
  const k = cycle.indexOf(open[0]);
  expect(k, `loop ${loop.join(" → ")} starts outside ${cycle.join(", ")}`).to.be.at.least(0);
  expect(open).to.deep.equal([...cycle.slice(k), ...cycle.slice(0, k)]);
}

describe("domain/scheduler", () => {
  describe("links (the conventions table: a 1-day predecessor on Fri 2014-10-17)", () => {
    // X (4 days, Mon 13 – Thu 16) FS→ A (1 day): A starts at b = 4 (Fri 17), finish boundary 5.
    // Successor B (1 day unless said) is linked from A. Rules on boundaries (d = B's duration):
    //   FS: b = 5 + L · SS: b = 4 + L · FF: b = 5 + L − d · SF: b = 4 + L − d.
    const rows: { type: LinkType; lag: number; d?: number; expected: [string, string]; why: string }[] = [
      { type: "FS", lag: 0, expected: ["2014-10-20", "2014-10-20"], why: "b = 5: Mon (the weekend is skipped)" },
      { type: "FS", lag: 1, expected: ["2014-10-21", "2014-10-21"], why: "b = 6: Tue" },
      { type: "FS", lag: 5, expected: ["2014-10-27", "2014-10-27"], why: "b = 10: Mon 10-27" },
      { type: "FS", lag: -2, expected: ["2014-10-16", "2014-10-16"], why: "b = 3: Thu, overlapping X" },
      { type: "SS", lag: 0, expected: ["2014-10-17", "2014-10-17"], why: "b = 4: same day as A" },
      { type: "SS", lag: 2, expected: ["2014-10-21", "2014-10-21"], why: "b = 6: Tue" },
      { type: "SS", lag: -2, expected: ["2014-10-15", "2014-10-15"], why: "b = 2: Wed" },
      { type: "FF", lag: 0, expected: ["2014-10-17", "2014-10-17"], why: "finish boundary 5, b = 4: finishes with A" },
      { type: "FF", lag: 2, expected: ["2014-10-21", "2014-10-21"], why: "finish boundary 7, b = 6: finishes Tue" },
      { type: "FF", lag: 2, d: 2, expected: ["2014-10-20", "2014-10-21"], why: "finish boundary 7, b = 5: Mon – Tue" },
      { type: "FF", lag: -2, expected: ["2014-10-15", "2014-10-15"], why: "finish boundary 3, b = 2: Wed" },
      { type: "SF", lag: 0, expected: ["2014-10-16", "2014-10-16"], why: "finish boundary 4, b = 3: finishes the day before A starts" },
      { type: "SF", lag: 2, expected: ["2014-10-20", "2014-10-20"], why: "finish boundary 6, b = 5: finishes Mon" },
      { type: "SF", lag: 2, d: 3, expected: ["2014-10-16", "2014-10-20"], why: "finish boundary 6, b = 3: Thu – Mon" },
      { type: "SF", lag: -2, expected: ["2014-10-14", "2014-10-14"], why: "finish boundary 2, b = 1: Tue" },
    ];
    for (const row of rows) {
      const d = row.d ?? 1;
      it(`${row.type}${row.lag >= 0 ? "+" : ""}${row.lag}d to a ${d}-day successor: ${row.expected.join(" – ")} (${row.why})`, () => {
        const r = run([task(1, 4), task(2, 1), task(3, d)], [link(1, 2), link(2, 3, row.type, row.lag)]);
        expect(span(r, 2)).to.deep.equal(["2014-10-17", "2014-10-17"]);
        expect(span(r, 3)).to.deep.equal(row.expected);
      });
    }

    it("FS −4d from a Tue 2019-06-11 finish starts the successor Thu 06-06", () => {
      // From Mon 2019-06-03: A (7 days) = Mon 3 … Fri 7, Mon 10, Tue 11: finish boundary 7; 7 − 4 = 3 = Thu 6.
      const r = run([task(1, 7), task(2, 2)], [link(1, 2, "FS", -4)], "2019-06-03");
      expect(span(r, 1)).to.deep.equal(["2019-06-03", "2019-06-11"]);
      expect(span(r, 2)).to.deep.equal(["2019-06-06", "2019-06-07"]);
    });

    it("lags count working days: FS+3d from a Thursday finish skips the weekend", () => {
      // A = Mon 13 … Thu 16 (boundary 4); 4 + 3 = 7 = Wed 22.
      const r = run([task(1, 4), task(2, 1)], [link(1, 2, "FS", 3)]);
      expect(span(r, 2)).to.deep.equal(["2014-10-22", "2014-10-22"]);
    });

    it("takes the latest date any of several predecessors demands", () => {
      // A (3 days) Mon – Wed, boundary 3; B (5 days) Mon – Fri, boundary 5; D (2 days) from Mon 13.
      // C: FS+3 from A → 6; FS from B → 5; SS+1 from D → 1: the latest, 6 = Tue 21, wins.
      const r = run([task(1, 3), task(2, 5), task(4, 2), task(3, 1)], [link(1, 3, "FS", 3), link(2, 3), link(4, 3, "SS", 1)]);
      expect(span(r, 3)).to.deep.equal(["2014-10-21", "2014-10-21"]);
      // The order of the links does not matter.
      const r2 = run([task(1, 3), task(2, 5), task(3, 1)], [link(2, 3), link(1, 3, "FS", 3)]);
      expect(span(r2, 3)).to.deep.equal(["2014-10-21", "2014-10-21"]);
      // Without the lag, B (boundary 5 = Mon 20) demands the later date.
      const r3 = run([task(1, 3), task(2, 5), task(3, 1)], [link(1, 3), link(2, 3)]);
      expect(span(r3, 3)).to.deep.equal(["2014-10-20", "2014-10-20"]);
    });

    it("takes the latest date across link types (an FF predecessor can win over an FS one)", () => {
      // C (2 days): FS from A (3 days, boundary 3) → b = 3; FF+1 from B (5 days, boundary 5) → finish 6, b = 4.
      const r = run([task(1, 3), task(2, 5), task(3, 2)], [link(1, 3), link(2, 3, "FF", 1)]);
      expect(span(r, 3)).to.deep.equal(["2014-10-17", "2014-10-20"]);
    });

    it("starts tasks without predecessors at the project start, whatever start they store", () => {
      const r = run([task(1, 3, { start: "2014-11-03" }), task(2, 1, { start: "2014-01-01" })]);
      expect(span(r, 1)).to.deep.equal(["2014-10-13", "2014-10-15"]);
      expect(span(r, 2)).to.deep.equal(["2014-10-13", "2014-10-13"]);
    });

    it("never starts a linked task before the project start (a large negative lag stops there)", () => {
      // A (2 days) boundary 2; FS−5 → −3, floored at the project start (boundary 0).
      const r = run([task(1, 2), task(2, 1)], [link(1, 2, "FS", -5)]);
      expect(span(r, 2)).to.deep.equal(["2014-10-13", "2014-10-13"]);
    });

    it("moves a project start on a weekend to the Monday", () => {
      // Sat 2014-10-18: day 0 is Mon 10-20; a 2-day task runs Mon – Tue, its FS successor starts Wed.
      const r = run([task(1, 2), task(2, 1)], [link(1, 2)], "2014-10-18");
      expect(span(r, 1)).to.deep.equal(["2014-10-20", "2014-10-21"]);
      expect(span(r, 2)).to.deep.equal(["2014-10-22", "2014-10-22"]);
      expect(r.projectFinish).to.equal("2014-10-22");
    });

    it("rounds a fractional duration to whole days", () => {
      // 2.4 → 2 days: Mon – Tue; 2.6 → 3 days: Mon – Wed.
      const r = run([task(1, 2.4), task(2, 2.6)]);
      expect(span(r, 1)).to.deep.equal(["2014-10-13", "2014-10-14"]);
      expect(span(r, 2)).to.deep.equal(["2014-10-13", "2014-10-15"]);
    });

    it("reports the project finish as the latest early finish", () => {
      const r = run([task(1, 3), task(2, 7), task(3, 2)], [link(1, 3)]);
      // 7 days from Mon 13: Mon 13 … Tue 21.
      expect(r.projectFinish).to.equal("2014-10-21");
    });
  });

  describe("calendars", () => {
    // Sat–Wed from Sat 2025-05-03: 0 Sat 3 | 1 Sun 4 | 2 Mon 5 | 3 Tue 6 | 4 Wed 7 | (Thu 8, Fri 9 off)
    //   5 Sat 10 | 6 Sun 11 | 7 Mon 12 | 8 Tue 13 | 9 Wed 14 | 10 Sat 17.
    const MAY3 = "2025-05-03";

    it("schedules a Saturday–Wednesday week: 5 days from Saturday finish on Wednesday, the next task starts Saturday", () => {
      const r = run([task(1, 5), task(2, 6), task(3, 1)], [link(1, 3)], MAY3, SAT_WED);
      expect(span(r, 1)).to.deep.equal(["2025-05-03", "2025-05-07"]);
      expect(span(r, 2)).to.deep.equal(["2025-05-03", "2025-05-10"]); // the 6th day is the next Saturday
      expect(span(r, 3)).to.deep.equal(["2025-05-10", "2025-05-10"]);
    });

    it("moves a project start on a Thursday to the Saturday in a Saturday–Wednesday week", () => {
      const r = run([task(1, 2)], [], "2025-05-01", SAT_WED);
      expect(span(r, 1)).to.deep.equal(["2025-05-03", "2025-05-04"]);
    });

    it("skips a holiday inside a task (Persian week, Mon 05-05 off)", () => {
      // Sat 3, Sun 4, (Mon 5 off), Tue 6, Wed 7, (Thu, Fri off), Sat 10: 5 days finish Sat 05-10.
      const cal: CalendarSpec = { ...SAT_WED, exceptions: [{ date: "2025-05-05", working: false }] };
      const r = run([task(1, 5)], [], MAY3, cal);
      expect(span(r, 1)).to.deep.equal(["2025-05-03", "2025-05-10"]);
    });

    it("skips a holiday inside a lag (Persian week, Sat 05-10 off)", () => {
      // A = Sat 3 … Wed 7; FS+1: the next working day is Sun 11 (Sat 10 is off), plus 1 → Mon 12.
      const cal: CalendarSpec = { ...SAT_WED, exceptions: [{ date: "2025-05-10", working: false }] };
      const r = run([task(1, 5), task(2, 1)], [link(1, 2, "FS", 1)], MAY3, cal);
      expect(span(r, 2)).to.deep.equal(["2025-05-12", "2025-05-12"]);
      // Without the holiday, FS+1 lands on Sun 11.
      const plain = run([task(1, 5), task(2, 1)], [link(1, 2, "FS", 1)], MAY3, SAT_WED);
      expect(span(plain, 2)).to.deep.equal(["2025-05-11", "2025-05-11"]);
    });

    it("skips a holiday inside a lag on a Monday–Friday week (the doc's Friday example)", () => {
      // From Fri 2014-10-17 with Mon 10-20 off: 0 Fri 17 | 1 Tue 21 | 2 Wed 22. FS+0 → Tue, FS+1 → Wed.
      const cal: CalendarSpec = { ...MON_FRI, exceptions: [{ date: "2014-10-20", working: false }] };
      const r = run([task(1, 1), task(2, 1), task(3, 1)], [link(1, 2), link(1, 3, "FS", 1)], "2014-10-17", cal);
      expect(span(r, 2)).to.deep.equal(["2014-10-21", "2014-10-21"]);
      expect(span(r, 3)).to.deep.equal(["2014-10-22", "2014-10-22"]);
    });

    it("moves a project start on a holiday to the next working day", () => {
      const cal: CalendarSpec = { ...MON_FRI, exceptions: [{ date: OCT13, working: false }] };
      const r = run([task(1, 2)], [], OCT13, cal);
      expect(span(r, 1)).to.deep.equal(["2014-10-14", "2014-10-15"]);
    });

    it("works an extra working Saturday", () => {
      // Sat 10-18 works: 0 Mon 13 … 4 Fri 17 | 5 Sat 18 | 6 Mon 20. A 6-day task finishes Sat; FS+1 from a
      // Friday finish lands on Mon (Sat is the lag day).
      const cal: CalendarSpec = { ...MON_FRI, exceptions: [{ date: "2014-10-18", working: true }] };
      const r = run([task(1, 6), task(2, 1), task(3, 5), task(4, 1)], [link(1, 2), link(3, 4, "FS", 1)], OCT13, cal);
      expect(span(r, 1)).to.deep.equal(["2014-10-13", "2014-10-18"]);
      expect(span(r, 2)).to.deep.equal(["2014-10-20", "2014-10-20"]);
      expect(span(r, 4)).to.deep.equal(["2014-10-20", "2014-10-20"]);
    });

    it("schedules across many holidays (every Wednesday for 12 weeks, and Christmas)", () => {
      // Wednesdays 10-15 … 12-31 off, plus Thu 12-25 and Fri 12-26. A has 40 days: 4 working days a week
      // for 10 weeks (weeks of 10-13 … 12-15) → finishes Fri 12-19. B (5 days) FS: Mon 22, Tue 23,
      // (Wed 24, Thu 25, Fri 26 off), Mon 29, Tue 30, (Wed 31 off), Thu 2015-01-01.
      const exceptions: { date: string; working: boolean }[] = [];
      for (let day = 15; day <= 31 + 30 + 31; day += 7) {
        const date = new Date(Date.UTC(2014, 9, day)).toISOString().slice(0, 10);
        exceptions.push({ date, working: false });
      }
      expect(exceptions).to.have.length(12);
      expect(exceptions[11].date).to.equal("2014-12-31");
      exceptions.push({ date: "2014-12-25", working: false }, { date: "2014-12-26", working: false });
      const r = run([task(1, 40), task(2, 5)], [link(1, 2)], OCT13, { ...MON_FRI, exceptions });
      expect(span(r, 1)).to.deep.equal(["2014-10-13", "2014-12-19"]);
      expect(span(r, 2)).to.deep.equal(["2014-12-22", "2015-01-01"]);
    });
  });

  describe("milestones", () => {
    it("dates a milestone after an FS link on the predecessor's finish day D; its FS successor starts the next working morning", () => {
      // A (5 days) Mon 13 – Fri 17, boundary 5. M at boundary 5 from a finish: shown on day 4 (Fri 17).
      // C FS from M uses M's boundary 5: Mon 20.
      const r = run([task(1, 5), task(2, 0), task(3, 2)], [link(1, 2), link(2, 3)]);
      expect(span(r, 2)).to.deep.equal(["2014-10-17", "2014-10-17"]);
      expect(span(r, 3)).to.deep.equal(["2014-10-20", "2014-10-21"]);
    });

    it("puts a milestone with no predecessor on the morning of the project start; its FS successor starts the same day", () => {
      const r = run([task(1, 0), task(2, 2)], [link(1, 2)]);
      expect(span(r, 1)).to.deep.equal(["2014-10-13", "2014-10-13"]);
      expect(span(r, 2)).to.deep.equal(["2014-10-13", "2014-10-14"]);
    });

    it("puts a milestone reached by SS on the morning of its day; its FS successor starts the same day", () => {
      // X (2 days) → A (3 days) Wed 15 – Fri 17. M SS from A: boundary 2, a morning → Wed 15. C FS from M: Wed 15.
      const r = run([task(1, 2), task(2, 3), task(3, 0), task(4, 1)], [link(1, 2), link(2, 3, "SS"), link(3, 4)]);
      expect(span(r, 3)).to.deep.equal(["2014-10-15", "2014-10-15"]);
      expect(span(r, 4)).to.deep.equal(["2014-10-15", "2014-10-15"]);
    });

    it("dates a milestone reached by SS with a positive lag at the end of the lag (a positive lag ends on an evening)", () => {
      // A starts Mon 13 (boundary 0); SS+2: boundary 2 reached from a lag → shown on day 1 (Tue 14); C FS: Wed 15.
      const r = run([task(1, 5), task(2, 0), task(3, 1)], [link(1, 2, "SS", 2), link(2, 3)]);
      expect(span(r, 2)).to.deep.equal(["2014-10-14", "2014-10-14"]);
      expect(span(r, 3)).to.deep.equal(["2014-10-15", "2014-10-15"]);
    });

    it("dates a milestone after FS−1d on the day before the predecessor's finish", () => {
      // A boundary 5; 5 − 1 = 4 from a finish → shown on day 3 (Thu 16).
      const r = run([task(1, 5), task(2, 0)], [link(1, 2, "FS", -1)]);
      expect(span(r, 2)).to.deep.equal(["2014-10-16", "2014-10-16"]);
    });

    it("prefers a morning demand over an evening one at the same boundary", () => {
      // A (2 days) boundary 2. B FS from A starts Wed 15 (boundary 2). M: FS from A (evening of Tue 14) and
      // SS from B (morning of Wed 15), both boundary 2: the morning is later, so M is on Wed 15.
      const r = run([task(1, 2), task(2, 3), task(3, 0)], [link(1, 2), link(1, 3), link(2, 3, "SS")]);
      expect(span(r, 3)).to.deep.equal(["2014-10-15", "2014-10-15"]);
      const onlyFs = run([task(1, 2), task(2, 3), task(3, 0)], [link(1, 2), link(1, 3)]);
      expect(span(onlyFs, 3)).to.deep.equal(["2014-10-14", "2014-10-14"]);
    });

    it("shows a critical end milestone's late date on the next working morning while its slack is 0", () => {
      // A Mon 13 – Fri 17, M dated Fri 17 at boundary 5 = the project finish: LS = LF = boundary 5 = Mon 20.
      const r = run([task(1, 5), task(2, 0)], [link(1, 2)]);
      const m = get(r, 2);
      expect([m.start, m.finish]).to.deep.equal(["2014-10-17", "2014-10-17"]);
      expect([m.lateStart, m.lateFinish]).to.deep.equal(["2014-10-20", "2014-10-20"]);
      expect([m.totalSlack, m.critical]).to.deep.equal([0, true]);
      expect(r.projectFinish).to.equal("2014-10-17");
    });
  });

  describe("backward pass, slack, critical", () => {
    it("gives a task without successors the project finish as its late finish (an unlinked short task shows slack)", () => {
      // A (5 days) ends Fri 17 = the project finish (boundary 5). B (3 days) Mon – Wed: LF = Fri 17, LS = Wed 15.
      const r = run([task(1, 5), task(2, 3)]);
      expect(late(r, 1)).to.deep.equal(["2014-10-13", "2014-10-17", 0, 0, true]);
      expect(late(r, 2)).to.deep.equal(["2014-10-15", "2014-10-17", 2, 2, false]);
    });

    it("computes total and free slack on two paths of different length", () => {
      // A (2) → B (4) → D (1); A → C (1) → E (1) → D. Boundaries: A 0–2, B 2–6, C 2–3, E 3–4, D 6–7.
      // Backward: D LF 7, LS 6; B LF 6 (slack 0); E LF 6, LS 5 (slack 2, free 6 − 4 = 2);
      // C LF = LS(E) = 5, LS 4 (slack 2, free = ES(E) − EF(C) = 3 − 3 = 0); A LF = min(2, 4) = 2 (slack 0).
      const r = run(
        [task(1, 2), task(2, 4), task(3, 1), task(4, 1), task(5, 1)],
        [link(1, 2), link(2, 4), link(1, 3), link(3, 5), link(5, 4)],
      );
      expect(span(r, 2)).to.deep.equal(["2014-10-15", "2014-10-20"]);
      expect(span(r, 4)).to.deep.equal(["2014-10-21", "2014-10-21"]);
      expect(late(r, 1)).to.deep.equal(["2014-10-13", "2014-10-14", 0, 0, true]);
      expect(late(r, 2)).to.deep.equal(["2014-10-15", "2014-10-20", 0, 0, true]);
      expect(late(r, 3)).to.deep.equal(["2014-10-17", "2014-10-17", 2, 0, false]);
      expect(late(r, 5)).to.deep.equal(["2014-10-20", "2014-10-20", 2, 2, false]);
      expect(late(r, 4)).to.deep.equal(["2014-10-21", "2014-10-21", 0, 0, true]);
    });

    it("carries late dates back through SS and FF links", () => {
      // A (2) SS+1 → B (4): B 1–5 (the project finish). A's start must be ≤ LS(B) − 1 = 0: LF(A) = 2, slack 0.
      // C (4) FF → D (2): D finish 4, D 2–4; LF(D) = 5 (no successor), so LF(C) = 5 − 0: slack 1.
      const r = run([task(1, 2), task(2, 4), task(3, 4), task(4, 2)], [link(1, 2, "SS", 1), link(3, 4, "FF")]);
      expect(span(r, 2)).to.deep.equal(["2014-10-14", "2014-10-17"]);
      expect(late(r, 1)).to.deep.equal(["2014-10-13", "2014-10-14", 0, 0, true]);
      expect(span(r, 4)).to.deep.equal(["2014-10-15", "2014-10-16"]);
      expect(late(r, 3)[2]).to.equal(1);
      expect(late(r, 3)[4]).to.equal(false);
    });

    it("bounds the late finish of a task whose only successor is SS by the project finish", () => {
      // A (2) SS → C (1): A Mon 13 – Tue 14 is the project finish (boundary 2). Slipping A delays the project,
      // so LF(A) = boundary 2 (Tue 14), slack 0 (the doc: a task's late finish is at most the project finish).
      // C: LF = 2, LS = 1 (Tue 14), slack 1.
      // Regression: LF(A) was LS(C) + 2 = 3 (Wed 15), past the project finish, when only SS/SF links bound it.
      const r = run([task(1, 2), task(2, 1)], [link(1, 2, "SS")]);
      expect(r.projectFinish).to.equal("2014-10-14");
      expect(late(r, 2)).to.deep.equal(["2014-10-14", "2014-10-14", 1, 1, false]);
      expect(late(r, 1)).to.deep.equal(["2014-10-13", "2014-10-14", 0, 0, true]);
    });

    it("gives no negative slack to the later children of a summary with an SS successor (no constraints anywhere)", () => {
      // S over A (2) → B (3): A Mon 13 – Tue 14, B Wed 15 – Fri 17. C (10) SS from S: Mon 13 – Fri 24 = the project
      // finish (boundary 10). A starts S, so LS(A) ≤ LS(C) = 0: slack 0. Nothing follows B: LF(B) = 10,
      // slack 10 − 5 = 5. Negative slack comes only from constraints (the doc), and there are none.
      // Regression: the summary's start bound LS(C) was pushed onto every child, so B got LF = 0 + 3 = 3 < EF 5
      // (slack −2), which flowed back to A: everything showed −2.
      const r = run([task(10, 0), task(1, 2, { parentId: 10 }), task(2, 3, { parentId: 10 }), task(3, 10)], [link(1, 2), link(10, 3, "SS")]);
      expect(span(r, 3)).to.deep.equal(["2014-10-13", "2014-10-24"]);
      expect([1, 2, 3, 10].map((id) => get(r, id).totalSlack).every((s) => s >= 0), "no negative slack").to.equal(true);
      expect([get(r, 1).totalSlack, get(r, 3).totalSlack]).to.deep.equal([0, 0]);
      expect([get(r, 2).totalSlack, get(r, 2).critical]).to.deep.equal([5, false]);
    });

    it("marks negative slack critical and slack 0 critical, positive slack not", () => {
      // Covered with numbers elsewhere; here the flag alone on a violated FNLT chain (slack −4) and its neighbour.
      const r = run([task(1, 5), task(2, 2, { constraint: "FNLT", constraintDate: "2014-10-15" }), task(3, 1)], [link(1, 2)]);
      expect([get(r, 1).totalSlack, get(r, 1).critical]).to.deep.equal([-4, true]);
      expect([get(r, 3).totalSlack, get(r, 3).critical]).to.deep.equal([4, false]);
    });
  });

  describe("summaries", () => {
    it("spans its children and is flagged as a summary (its own duration is ignored)", () => {
      // S (id 10) over A (2) → B (3): A Mon 13 – Tue 14, B Wed 15 – Fri 17.
      const r = run([task(10, 99), task(1, 2, { parentId: 10 }), task(2, 3, { parentId: 10 })], [link(1, 2)]);
      expect(span(r, 10)).to.deep.equal(["2014-10-13", "2014-10-17"]);
      expect(get(r, 10).isSummary).to.equal(true);
      expect(get(r, 1).isSummary).to.equal(false);
      expect(r.projectFinish).to.equal("2014-10-17");
    });

    it("spans a milestone child at either end (dated from a finish: the evening of its day)", () => {
      // X (2) Mon–Tue outside; Y (8) Mon 13 – Wed 22 outside. Under S: M1 FS from X → Tue 14 (evening);
      // A (3) FS+1 from X → Thu 16 – Mon 20; M2 FS from Y → Wed 22. S spans Tue 14 – Wed 22.
      const r = run(
        [task(1, 2), task(2, 8), task(10, 0), task(11, 0, { parentId: 10 }), task(12, 3, { parentId: 10 }), task(13, 0, { parentId: 10 })],
        [link(1, 11), link(1, 12, "FS", 1), link(2, 13)],
      );
      expect(span(r, 11)).to.deep.equal(["2014-10-14", "2014-10-14"]);
      expect(span(r, 12)).to.deep.equal(["2014-10-16", "2014-10-20"]);
      expect(span(r, 13)).to.deep.equal(["2014-10-22", "2014-10-22"]);
      expect(span(r, 10)).to.deep.equal(["2014-10-14", "2014-10-22"]);
    });

    it("spans a morning milestone child at its start", () => {
      // S over M (no predecessor: morning of Mon 13) and A (2) FS from M: Mon 13 – Tue 14.
      const r = run([task(10, 0), task(11, 0, { parentId: 10 }), task(12, 2, { parentId: 10 })], [link(11, 12)]);
      expect(span(r, 10)).to.deep.equal(["2014-10-13", "2014-10-14"]);
    });

    it("applies a link to a summary to every task under it, at any depth", () => {
      // X (3) Mon – Wed → FS → S. Under S: A (2), and T over B (1). A, B start Thu 16; S spans Thu 16 – Fri 17.
      const r = run(
        [task(1, 3), task(10, 0), task(11, 2, { parentId: 10 }), task(20, 0, { parentId: 10 }), task(21, 1, { parentId: 20 })],
        [link(1, 10)],
      );
      expect(span(r, 11)).to.deep.equal(["2014-10-16", "2014-10-17"]);
      expect(span(r, 21)).to.deep.equal(["2014-10-16", "2014-10-16"]);
      expect(span(r, 20)).to.deep.equal(["2014-10-16", "2014-10-16"]);
      expect(span(r, 10)).to.deep.equal(["2014-10-16", "2014-10-17"]);
    });

    it("makes an FS successor of a summary wait for its latest child, and carries its late finish to every child", () => {
      // S over A (2) and B (4), both from Mon 13; C (1) FS from S: boundary 4 = Fri 17.
      // Backward: LS(C) = 4 bounds every child's finish: A slack 2, B slack 0.
      const r = run([task(10, 0), task(11, 2, { parentId: 10 }), task(12, 4, { parentId: 10 }), task(3, 1)], [link(10, 3)]);
      expect(span(r, 3)).to.deep.equal(["2014-10-17", "2014-10-17"]);
      expect(late(r, 11)).to.deep.equal(["2014-10-15", "2014-10-16", 2, 2, false]);
      expect(late(r, 12)).to.deep.equal(["2014-10-13", "2014-10-16", 0, 0, true]);
      expect([get(r, 10).lateStart, get(r, 10).lateFinish, get(r, 10).totalSlack]).to.deep.equal(["2014-10-13", "2014-10-16", 0]);
    });

    it("makes an FF successor of a summary finish with its latest child", () => {
      // S over A (2) and B (4): finish boundary 4. C (2) FF+1 from S: finish boundary 5, start 3: Thu 16 – Fri 17.
      const r = run([task(10, 0), task(11, 2, { parentId: 10 }), task(12, 4, { parentId: 10 }), task(3, 2)], [link(10, 3, "FF", 1)]);
      expect(span(r, 3)).to.deep.equal(["2014-10-16", "2014-10-17"]);
    });

    it("nests summaries: each spans its own children, a link to the outer one reaches the innermost tasks", () => {
      // X (2) Mon – Tue → FS → S1. S1 over S2 (over A (2) → B (3)) and C (1) FS from B.
      // A Wed 15 – Thu 16, B Fri 17 – Tue 21, C Wed 22. S2: Wed 15 – Tue 21; S1: Wed 15 – Wed 22.
      const r = run(
        [
          task(1, 2),
          task(10, 0),
          task(20, 0, { parentId: 10 }),
          task(21, 2, { parentId: 20 }),
          task(22, 3, { parentId: 20 }),
          task(11, 1, { parentId: 10 }),
        ],
        [link(1, 10), link(21, 22), link(22, 11)],
      );
      expect(span(r, 21)).to.deep.equal(["2014-10-15", "2014-10-16"]);
      expect(span(r, 22)).to.deep.equal(["2014-10-17", "2014-10-21"]);
      expect(span(r, 11)).to.deep.equal(["2014-10-22", "2014-10-22"]);
      expect(span(r, 20)).to.deep.equal(["2014-10-15", "2014-10-21"]);
      expect(span(r, 10)).to.deep.equal(["2014-10-15", "2014-10-22"]);
      expect([get(r, 10).isSummary, get(r, 20).isSummary]).to.deep.equal([true, true]);
    });
  });

  describe("constraints", () => {
    it("SNET pushes the start and leaves the late dates alone", () => {
      // A (2) → B (1) SNET Wed 22: links say Wed 15 (boundary 2), SNET says boundary 7 = Wed 22.
      // Z (10) makes the project finish Fri 24 (boundary 10): LF(B) = 10 → LS = LF = Fri 24, slack 2.
      // A's late finish follows LS(B) = 9 (Fri 24 is day 9): LF(A) = Thu 23, slack 7 — SNET did not pull it in.
      const r = run([task(1, 2), task(2, 1, { constraint: "SNET", constraintDate: "2014-10-22" }), task(3, 10)], [link(1, 2)]);
      expect(span(r, 2)).to.deep.equal(["2014-10-22", "2014-10-22"]);
      expect(late(r, 2)).to.deep.equal(["2014-10-24", "2014-10-24", 2, 2, false]);
      expect(get(r, 1).lateFinish).to.equal("2014-10-23");
      expect(get(r, 1).totalSlack).to.equal(7);
    });

    it("SNET earlier than the links changes nothing; SNET on a Saturday means the Monday", () => {
      const r = run(
        [task(1, 3), task(2, 1, { constraint: "SNET", constraintDate: "2014-10-14" }), task(3, 1, { constraint: "SNET", constraintDate: "2014-10-18" })],
        [link(1, 2)],
      );
      expect(span(r, 2)).to.deep.equal(["2014-10-16", "2014-10-16"]);
      expect(span(r, 3)).to.deep.equal(["2014-10-20", "2014-10-20"]);
    });

    it("MFO pins the finish on its date, later than the links would put it", () => {
      // A (2) → B (1) MFO Fri 17: links say Wed 15, the date wins: Fri 17. Not violated, slack 0.
      // A: LF = LS(B) = boundary 4 → Thu 16, slack 2.
      const r = run([task(1, 2), task(2, 1, { constraint: "MFO", constraintDate: "2014-10-17" })], [link(1, 2)]);
      expect(span(r, 2)).to.deep.equal(["2014-10-17", "2014-10-17"]);
      expect([get(r, 2).totalSlack, get(r, 2).constraintViolated]).to.deep.equal([0, false]);
      expect([get(r, 1).lateFinish, get(r, 1).totalSlack]).to.deep.equal(["2014-10-16", 2]);
    });

    it("MFO pins the finish against links; the violation is negative slack that flows back to the predecessors", () => {
      // A (5) Mon 13 – Fri 17 → B (2) MFO Wed 15. Links: B at boundary 5, finish 7 (Tue 21). Pinned: finish
      // boundary 3 → Tue 14 – Wed 15. Slack(B) = LF 3 − 7 = −4. A: LF = LS(B) = 1 (Tue 14 morning) → slack 1 − 5 = −4,
      // LS = 1 − 5 = −4: four working days before Mon 13 = Tue 10-07.
      const r = run([task(1, 5), task(2, 2, { constraint: "MFO", constraintDate: "2014-10-15" })], [link(1, 2)]);
      const b = get(r, 2);
      expect([b.start, b.finish]).to.deep.equal(["2014-10-14", "2014-10-15"]);
      expect([b.lateStart, b.lateFinish, b.totalSlack, b.critical, b.constraintViolated]).to.deep.equal(["2014-10-14", "2014-10-15", -4, true, true]);
      const a = get(r, 1);
      expect([a.start, a.finish]).to.deep.equal(["2014-10-13", "2014-10-17"]);
      expect([a.lateStart, a.lateFinish, a.totalSlack, a.critical, a.constraintViolated]).to.deep.equal(["2014-10-07", "2014-10-13", -4, true, false]);
    });

    it("MFO also pins a task with no predecessor away from the project start", () => {
      // B (3) MFO Thu 23 (boundary 9): 6 – 8 = Tue 21 – Thu 23.
      const r = run([task(1, 3, { constraint: "MFO", constraintDate: "2014-10-23" })]);
      expect(span(r, 1)).to.deep.equal(["2014-10-21", "2014-10-23"]);
    });

    it("FNLT caps the finish against links, with the same negative slack, and sets constraintViolated", () => {
      const r = run([task(1, 5), task(2, 2, { constraint: "FNLT", constraintDate: "2014-10-15" })], [link(1, 2)]);
      const b = get(r, 2);
      expect([b.start, b.finish, b.totalSlack, b.constraintViolated]).to.deep.equal(["2014-10-14", "2014-10-15", -4, true]);
      expect(get(r, 1).totalSlack).to.equal(-4);
    });

    it("FNLT met: the task stays early and its late finish is the constraint date", () => {
      // A (2) → B (1) FNLT Thu 16: B Wed 15 (boundary 2–3). Z (10) makes the project finish Fri 24.
      // LF(B) = min(10, boundary after Thu 16 = 4) = 4 → Thu 16, slack 1 (7 without the constraint).
      const r = run([task(1, 2), task(2, 1, { constraint: "FNLT", constraintDate: "2014-10-16" }), task(3, 10)], [link(1, 2)]);
      expect(span(r, 2)).to.deep.equal(["2014-10-15", "2014-10-15"]);
      expect(late(r, 2)).to.deep.equal(["2014-10-16", "2014-10-16", 1, 1, false]);
      expect(get(r, 2).constraintViolated).to.equal(false);
      expect(get(r, 1).totalSlack).to.equal(1);
    });

    it("a manual task keeps its start against its links and still drives its successors", () => {
      // A (5) Mon 13 – Fri 17 → M manual (2) stored at Tue 14: Tue 14 – Wed 15 (links would say Mon 20).
      // C FS from M: Thu 16.
      const r = run([task(1, 5), task(2, 2, { manual: true, start: "2014-10-14" }), task(3, 1)], [link(1, 2), link(2, 3)]);
      expect(span(r, 2)).to.deep.equal(["2014-10-14", "2014-10-15"]);
      expect(span(r, 3)).to.deep.equal(["2014-10-16", "2014-10-16"]);
    });

    it("a manual task keeps a start later than its links, ignores its constraint, and moves off a weekend", () => {
      // M1 at Wed 22 (links would say Mon 13); M3 manual with an MFO date that is not applied;
      // M4 stored on Sat 18 moves to the working Monday.
      const r = run([
        task(1, 2, { manual: true, start: "2014-10-22" }),
        task(3, 1, { manual: true, start: "2014-10-14", constraint: "MFO", constraintDate: "2014-10-24" }),
        task(4, 1, { manual: true, start: "2014-10-18" }),
      ]);
      expect(span(r, 1)).to.deep.equal(["2014-10-22", "2014-10-23"]);
      expect(span(r, 3)).to.deep.equal(["2014-10-14", "2014-10-14"]);
      expect(get(r, 3).constraintViolated).to.equal(false);
      expect(span(r, 4)).to.deep.equal(["2014-10-20", "2014-10-20"]);
    });

    // The three cases below put a task's start before the project start (a negative working-day index).
    // Regression: the parity test `instant % 2 === 1` is false for a negative odd instant in JavaScript
    // (−5 % 2 === −1), which sent dateOf(−3.5) and threw RangeError.

    it("a manual task stored before the project start keeps its date", () => {
      // Wed 10-08 is working day −3 (Fri 10 = −1): a 2-day manual task runs Wed 10-08 – Thu 10-09.
      const r = run([task(1, 2, { manual: true, start: "2014-10-08" }), task(2, 1)], [link(1, 2)]);
      expect(span(r, 1)).to.deep.equal(["2014-10-08", "2014-10-09"]);
      // Its FS successor may not start before the project start: Mon 13.
      expect(span(r, 2)).to.deep.equal(["2014-10-13", "2014-10-13"]);
    });

    it("MFO dated before the project start keeps the task on its date, with negative slack", () => {
      // MFO Fri 10-10 → finish boundary 0, a 2-day task at −2 … 0: Thu 10-09 – Fri 10-10. From the project
      // start it would finish at boundary 2: slack 0 − 2 = −2, violated.
      const r = run([task(1, 2, { constraint: "MFO", constraintDate: "2014-10-10" })]);
      const t = get(r, 1);
      expect([t.start, t.finish, t.totalSlack, t.critical, t.constraintViolated]).to.deep.equal(["2014-10-09", "2014-10-10", -2, true, true]);
    });

    it("FNLT violated by more than the time since the project start pulls the task before the kickoff", () => {
      // A (5) → B (2) FNLT Mon 10-13: finish boundary 1, B at −1 … 1 = Fri 10-10 – Mon 10-13. Links: finish 7.
      // Slack(B) = 1 − 7 = −6; A: LF = LS(B) = −1 → −1 − 5 = −6.
      const r = run([task(1, 5), task(2, 2, { constraint: "FNLT", constraintDate: "2014-10-13" })], [link(1, 2)]);
      expect([...span(r, 2), get(r, 2).totalSlack, get(r, 2).constraintViolated]).to.deep.equal(["2014-10-10", "2014-10-13", -6, true]);
      expect(get(r, 1).totalSlack).to.equal(-6);
    });
  });

  describe("cycles", () => {
    it("throws ScheduleCycleError for a 2-task loop, listing it in link order", () => {
      const err = cycleOf([task(1, 1), task(2, 1)], [link(1, 2), link(2, 1)]);
      expectLoop(err.loop, [1, 2]);
      expect(err.key).to.equal("links.errors.cycle");
    });

    it("throws for a 3-task loop and lists only the loop, not the tasks leading into or out of it", () => {
      // 5 → 1 → 2 → 3 → 1, and 3 → 4: the loop is 1 → 2 → 3 → 1.
      const err = cycleOf(
        [task(4, 1), task(5, 1), task(1, 1), task(2, 1), task(3, 1)],
        [link(5, 1), link(1, 2, "SS", 2), link(2, 3, "FF"), link(3, 1, "SF", -1), link(3, 4)],
      );
      expectLoop(err.loop, [1, 2, 3]);
    });

    it("throws for a loop through a link to a summary (A → S, S's child B → A)", () => {
      // The link A → S binds B (B may start only after A), and B → A: A → (S) → B → A. The loop names A and B
      // in link order; naming S between them is accepted as well.
      const err = cycleOf([task(1, 1), task(2, 0), task(3, 1, { parentId: 2 })], [link(1, 2), link(3, 1)]);
      const withSummary = err.loop.includes(2);
      expectLoop(err.loop, withSummary ? [1, 2, 3] : [1, 3]);
    });

    it("throws for a loop through a link from a summary (S → C, C → S's child B)", () => {
      // S finishes with B; C waits for S; B waits for C: S → C → B → (part of) S.
      const err = cycleOf([task(1, 0), task(2, 1, { parentId: 1 }), task(3, 1)], [link(1, 3), link(3, 2)]);
      expectLoop(err.loop, [1, 3, 2]);
    });

    it("schedules a diamond (two paths that meet again) without complaint", () => {
      const r = run([task(1, 1), task(2, 2), task(3, 3), task(4, 1)], [link(1, 2), link(1, 3), link(2, 4), link(3, 4)]);
      // 1: Mon 13; 2: Tue 14 – Wed 15; 3: Tue 14 – Thu 16; 4: Fri 17.
      expect(span(r, 4)).to.deep.equal(["2014-10-17", "2014-10-17"]);
    });
  });
});
