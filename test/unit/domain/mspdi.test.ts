import { expect } from "chai";
import { MAX_TASKS, readMspdi, type MspdiProject } from "../../../server/domain/mspdi";
import { DomainError } from "../../../server/domain/errors";
import { parseMspdiXml } from "../../../server/services/mspdi-xml";
import { calendarXml, exceptionXml, mspdiXml, type DocSpec, type TaskSpec } from "../../support/conformance-docs";

// June 2024: Mon 3, Fri 7, Mon 10, Fri 14, Mon 17.
const read = (d: DocSpec): MspdiProject => readMspdi(parseMspdiXml(mspdiXml(d)));
const day = (date: string, time = "08:00") => `${date}T${time}:00`;
const task = (p: MspdiProject, uid: number) => p.tasks.find((t) => t.uid === uid)!;
const keys = (p: MspdiProject) => p.warnings.map((w) => w.key);

function rejection(f: () => unknown): DomainError {
  try {
    f();
  } catch (err) {
    expect(err, String(err)).to.be.instanceOf(DomainError);
    return err as DomainError;
  }
  expect.fail("expected a DomainError");
}

/** Two one-day tasks, the second linked to the first by `link`. */
function linked(link: NonNullable<TaskSpec["preds"]>[number], first: Partial<TaskSpec> = {}): MspdiProject {
  return read({
    tasks: [
      { uid: 1, name: "First", start: day("2024-06-03"), finish: day("2024-06-06", "17:00"), duration: "PT32H0M0S", ...first },
      { uid: 2, name: "Second", start: day("2024-06-10"), finish: day("2024-06-10", "17:00"), preds: [link] },
    ],
  });
}

describe("domain/mspdi: readMspdi", () => {
  describe("project, outline and tasks", () => {
    const plan = read({
      title: "ERP rollout",
      tasks: [
        { uid: 1, name: "Design", level: 1, outlineNumber: "1", summary: true, duration: "PT24H0M0S", start: day("2024-06-03"), finish: day("2024-06-05", "17:00") },
        {
          uid: 2,
          name: "Specify",
          level: 2,
          outlineNumber: "1.1",
          duration: "PT16H0M0S",
          start: day("2024-06-03"),
          finish: day("2024-06-04", "17:00"),
          early: [day("2024-06-03"), day("2024-06-04", "17:00")],
          late: [day("2024-06-05"), day("2024-06-06", "17:00")],
          totalSlack: 9600,
          freeSlack: 0,
          critical: false,
          percent: 40.4,
        },
        { uid: 3, name: "Review", level: 2, outlineNumber: "1.2", start: day("2024-06-05"), finish: day("2024-06-05", "17:00"), preds: [{ uid: 2 }], manual: true },
        { uid: 4, name: "Sign-off", level: 1, outlineNumber: "2", duration: "PT0H0M0S", milestone: true, start: day("2024-06-05", "17:00"), finish: day("2024-06-05", "17:00"), preds: [{ uid: 3 }] },
      ],
    });

    it("takes the name from Title, the start from StartDate, and skips the project summary task (UID 0)", () => {
      expect(plan.name).to.equal("ERP rollout");
      expect(plan.startDate).to.equal("2024-06-03");
      expect(plan.minutesPerDay).to.equal(480);
      expect(plan.tasks.map((t) => t.uid)).to.deep.equal([1, 2, 3, 4]);
      expect(plan.warnings).to.deep.equal([]);
    });

    it("falls back to the file name without its extension when there is no Title", () => {
      expect(read({ name: "Office move.mpp", tasks: [{ uid: 1 }] }).name).to.equal("Office move");
    });

    it("builds the WBS from outline levels: parents, summaries, WBS codes", () => {
      expect(plan.tasks.map((t) => [t.uid, t.parentUid, t.outlineLevel, t.wbs, t.summary])).to.deep.equal([
        [1, null, 1, "1", true],
        [2, 1, 2, "1.1", false],
        [3, 1, 2, "1.2", false],
        [4, null, 1, "2", false],
      ]);
    });

    it("converts durations to working days and keeps manual mode, milestones and percent complete", () => {
      expect(task(plan, 2)).to.include({ durationDays: 2, milestone: false, manual: false, start: "2024-06-03", finish: "2024-06-04", percentComplete: 40 });
      expect(task(plan, 3)).to.include({ durationDays: 1, manual: true, start: "2024-06-05", finish: "2024-06-05" });
      expect(task(plan, 4)).to.include({ durationDays: 0, milestone: true, start: "2024-06-05", finish: "2024-06-05" });
    });

    it("reads MS Project's computed dates as inclusive days, slack in working days (tenths of minutes ÷ 4800)", () => {
      expect(task(plan, 2).expected).to.deep.equal({
        earlyStart: "2024-06-03",
        earlyFinish: "2024-06-04",
        lateStart: "2024-06-05",
        lateFinish: "2024-06-06",
        totalSlackDays: 2,
        freeSlackDays: 0,
        critical: false,
      });
      expect(task(plan, 3).expected).to.deep.equal({
        earlyStart: null,
        earlyFinish: null,
        lateStart: null,
        lateFinish: null,
        totalSlackDays: null,
        freeSlackDays: null,
        critical: null,
      });
    });

    it("reads links with MSPDI's type codes; a missing type is finish-to-start", () => {
      expect(plan.links).to.deep.equal([
        { predecessorUid: 2, successorUid: 3, type: "FS", lagDays: 0 },
        { predecessorUid: 3, successorUid: 4, type: "FS", lagDays: 0 },
      ]);
      const types = [0, 1, 2, 3].map((type) => linked({ uid: 1, type }).links[0].type);
      expect(types).to.deep.equal(["FF", "FS", "SF", "SS"]);
      const untyped = read({ tasks: [{ uid: 1 }, { uid: 2, extra: "<PredecessorLink><PredecessorUID>1</PredecessorUID></PredecessorLink>" }] });
      expect(untyped.links).to.deep.equal([{ predecessorUid: 1, successorUid: 2, type: "FS", lagDays: 0 }]);
    });

    it("uses OutlineNumber when OutlineLevel is missing, and places a task that skips a level under the nearest summary", () => {
      const p = read({
        tasks: [
          { uid: 1, level: null, outlineNumber: "1" },
          { uid: 2, level: null, outlineNumber: "1.1" },
          { uid: 3, level: 4, outlineNumber: "1.1.1.1" },
        ],
      });
      expect(p.tasks.map((t) => [t.uid, t.parentUid, t.outlineLevel])).to.deep.equal([
        [1, null, 1],
        [2, 1, 2],
        [3, 2, 3],
      ]);
      expect(keys(p)).to.deep.equal(["import.warnings.outlineGap"]);
    });

    it("leaves out blank rows silently and inactive tasks (with their subtasks and links) with a warning", () => {
      const p = read({
        tasks: [
          { uid: 1, name: "Kept" },
          { uid: 2, name: "Parked", active: false, summary: true },
          { uid: 3, name: "Below parked", level: 2 },
          { uid: 4, name: "Blank", extra: "<IsNull>1</IsNull>" },
          { uid: 5, name: "After", preds: [{ uid: 3 }, { uid: 1 }] },
        ],
      });
      expect(p.tasks.map((t) => t.uid)).to.deep.equal([1, 5]);
      expect(p.links).to.deep.equal([{ predecessorUid: 1, successorUid: 5, type: "FS", lagDays: 0 }]);
      expect(p.warnings).to.deep.equal([
        { key: "import.warnings.skippedTask", params: { task: "Parked" } },
        { key: "import.warnings.skippedLink", params: { task: "After", predecessor: "#3" } },
      ]);
    });

    it("skips cross-project links and duplicate links with warnings", () => {
      const p = read({ tasks: [{ uid: 1, name: "A" }, { uid: 2, name: "B", preds: [{ uid: 1 }, { uid: 1, type: 3 }, { uid: 7, crossProject: true }] }] });
      expect(p.links).to.have.length(1);
      expect(keys(p)).to.deep.equal(["import.warnings.duplicateLink", "import.warnings.skippedLink"]);
    });

    it("names a nameless task by its UID and cuts very long names to 300 characters", () => {
      const p = read({ tasks: [{ uid: 7, name: "" }, { uid: 8, name: "x".repeat(400) }] });
      expect(task(p, 7).name).to.equal("#7");
      expect(task(p, 8).name).to.have.length(300);
    });
  });

  describe("durations", () => {
    const one = (spec: Partial<TaskSpec>, doc: Partial<DocSpec> = {}) => read({ ...doc, tasks: [{ uid: 1, name: "T", ...spec }] });

    it("counts a day as MinutesPerDay of working time", () => {
      expect(task(one({ duration: "PT40H0M0S" }), 1).durationDays).to.equal(5);
      expect(task(one({ duration: "PT21H0M0S" }, { minutesPerDay: 420 }), 1).durationDays).to.equal(3);
    });

    it("rounds a fractional duration to the nearest day, never below one day, and says so", () => {
      const half = one({ duration: "PT4H0M0S" });
      expect(task(half, 1)).to.include({ durationDays: 1, milestone: false });
      expect(half.warnings).to.deep.equal([{ key: "import.warnings.roundedDuration", params: { task: "T", hours: 4, days: 1 } }]);
      expect(task(one({ duration: "PT1H30M0S" }), 1).durationDays).to.equal(1);
      expect(task(one({ duration: "PT20H0M0S" }), 1).durationDays).to.equal(3);
      expect(task(one({ duration: "PT18H0M0S" }), 1).durationDays).to.equal(2);
    });

    it("does not warn about a summary's span, which is computed from its tasks anyway", () => {
      const p = read({ tasks: [{ uid: 1, summary: true, duration: "PT12H0M0S" }, { uid: 2, level: 2, duration: "PT8H0M0S" }] });
      expect(p.warnings).to.deep.equal([]);
    });

    it("makes a zero-day task a milestone; a flagged milestone with a duration stays a task, with a warning", () => {
      expect(task(one({ duration: "PT0H0M0S", milestone: false }), 1).milestone).to.equal(true);
      const flagged = one({ duration: "PT16H0M0S", milestone: true });
      expect(task(flagged, 1)).to.include({ milestone: false, durationDays: 2 });
      expect(keys(flagged)).to.deep.equal(["import.warnings.milestoneWithDuration"]);
    });

    it("derives a missing duration from the start and finish, with a warning", () => {
      const p = one({ duration: null, start: day("2024-06-06"), finish: day("2024-06-11", "17:00") });
      expect(task(p, 1).durationDays).to.equal(4);
      expect(p.warnings).to.deep.equal([{ key: "import.warnings.missingDuration", params: { task: "T", days: 4 } }]);
    });

    it("rejects a malformed, negative or absurd duration", () => {
      for (const duration of ["8 hours", "-PT8H0M0S", "PT999999999H0M0S"]) {
        const err = rejection(() => one({ duration }));
        expect([err.key, err.params.field]).to.deep.equal(["import.errors.badValue", "Duration"]);
      }
    });
  });

  describe("lags", () => {
    it("reads LinkLag in tenths of a minute as working days (format 7 days, 9 weeks, 5 hours)", () => {
      expect(linked({ uid: 1, lag: 4800 }).links[0].lagDays).to.equal(1);
      expect(linked({ uid: 1, lag: 48000, format: 9 }).links[0].lagDays).to.equal(10);
      expect(linked({ uid: 1, lag: -9600, format: 7 }).links[0].lagDays).to.equal(-2);
      const hours = linked({ uid: 1, lag: 7200, format: 5 });
      expect(hours.links[0].lagDays).to.equal(2);
      expect(hours.warnings).to.deep.equal([{ key: "import.warnings.roundedLag", params: { task: "Second", predecessor: "First", days: 2 } }]);
    });

    it("turns a percent lag (format 19) into days of the predecessor's duration, rounded", () => {
      const half = linked({ uid: 1, lag: 50, format: 19 });
      expect(half.links[0].lagDays).to.equal(2);
      expect(half.warnings).to.deep.equal([{ key: "import.warnings.percentLag", params: { task: "Second", predecessor: "First", percent: 50, days: 2 } }]);
      expect(linked({ uid: 1, lag: -75, format: 19 }).links[0].lagDays).to.equal(-3);
      // 25 % of a 3-day task is 0.75 day → 1 day.
      expect(linked({ uid: 1, lag: 25, format: 19 }, { duration: "PT24H0M0S" }).links[0].lagDays).to.equal(1);
    });

    it("converts an elapsed lag (calendar time) at the working days per week, with a warning", () => {
      const week = linked({ uid: 1, lag: 7 * 1440 * 10, format: 8 });
      expect(week.links[0].lagDays).to.equal(5);
      expect(week.warnings).to.deep.equal([{ key: "import.warnings.elapsedLag", params: { task: "Second", predecessor: "First", days: 5 } }]);
    });
  });

  describe("dates on MS Project's conventions", () => {
    it("moves a start at the end of the day to the next working morning and a finish at a morning back to the previous working day", () => {
      const p = read({
        tasks: [
          // An SF-driven task MS Project shows as finishing Monday 08:00: it works Friday.
          { uid: 1, start: day("2024-06-07"), finish: day("2024-06-10"), early: [day("2024-06-07", "17:00"), day("2024-06-10")] },
        ],
      });
      expect(task(p, 1)).to.include({ start: "2024-06-07", finish: "2024-06-07" });
      expect(task(p, 1).expected).to.include({ earlyStart: "2024-06-10", earlyFinish: "2024-06-07" });
    });

    it("dates a milestone by its own day, and its late date on the next working morning (MS Project stores it either way)", () => {
      const p = read({
        tasks: [
          { uid: 1, duration: "PT0H0M0S", start: day("2024-06-07", "17:00"), early: [day("2024-06-07", "17:00"), day("2024-06-07", "17:00")], late: [day("2024-06-10"), day("2024-06-10")] },
          { uid: 2, duration: "PT0H0M0S", start: day("2024-06-07", "17:00"), early: [day("2024-06-07", "17:00"), day("2024-06-07", "17:00")], late: [day("2024-06-14", "17:00"), day("2024-06-14", "17:00")] },
          { uid: 3, duration: "PT0H0M0S", start: day("2024-06-03"), early: [day("2024-06-03"), day("2024-06-03")], late: [day("2024-06-03"), day("2024-06-03")] },
        ],
      });
      expect(task(p, 1).expected).to.include({ earlyStart: "2024-06-07", earlyFinish: "2024-06-07", lateStart: "2024-06-10", lateFinish: "2024-06-10" });
      expect(task(p, 2).expected).to.include({ lateStart: "2024-06-17", lateFinish: "2024-06-17" });
      expect(task(p, 3).expected).to.include({ earlyStart: "2024-06-03", lateStart: "2024-06-03" });
    });

    it("skips calendar holidays when normalising", () => {
      const p = read({
        calendars: calendarXml({ exceptions: exceptionXml({ from: "2024-06-07", to: "2024-06-07", name: "Holiday" }) }),
        tasks: [{ uid: 1, start: day("2024-06-06", "17:00"), finish: day("2024-06-11"), duration: "PT8H0M0S" }],
      });
      expect(task(p, 1)).to.include({ start: "2024-06-10", finish: "2024-06-10" });
    });

    it("takes the earliest task start when the file has no StartDate", () => {
      expect(read({ start: null, tasks: [{ uid: 1, start: day("2024-06-05") }, { uid: 2, start: day("2024-06-04") }] }).startDate).to.equal("2024-06-04");
    });
  });

  describe("constraints", () => {
    const constrained = (constraint: number, date?: string, extra: Partial<TaskSpec> = {}) =>
      read({ tasks: [{ uid: 1, name: "C", constraint, constraintDate: date, start: day("2024-06-10"), finish: day("2024-06-10", "17:00"), ...extra }] });

    it("maps ASAP, SNET, FNLT and MFO and their dates to inclusive days", () => {
      expect(task(constrained(0), 1)).to.include({ constraint: "ASAP", constraintDate: null });
      expect(task(constrained(4, day("2024-06-10")), 1)).to.include({ constraint: "SNET", constraintDate: "2024-06-10" });
      expect(task(constrained(4, day("2024-06-07", "17:00")), 1)).to.include({ constraint: "SNET", constraintDate: "2024-06-10" });
      expect(task(constrained(7, day("2024-06-12", "17:00")), 1)).to.include({ constraint: "FNLT", constraintDate: "2024-06-12" });
      expect(task(constrained(3, day("2024-06-10")), 1)).to.include({ constraint: "MFO", constraintDate: "2024-06-07" });
      expect(task(constrained(3, day("2024-06-12", "17:00"), { duration: "PT0H0M0S" }), 1)).to.include({ constraint: "MFO", constraintDate: "2024-06-12" });
    });

    it("turns other constraints, and constraints without a date, into ASAP with a warning", () => {
      const mso = constrained(2, day("2024-06-10"));
      expect(task(mso, 1)).to.include({ constraint: "ASAP", constraintDate: null });
      expect(mso.warnings).to.deep.equal([{ key: "import.warnings.constraint", params: { task: "C", constraint: "MSO" } }]);
      const undated = constrained(7);
      expect(task(undated, 1).constraint).to.equal("ASAP");
      expect(keys(undated)).to.deep.equal(["import.warnings.constraintNoDate"]);
    });
  });

  describe("calendar", () => {
    it("reads the working week from the project's base calendar (DayType 1 = Sunday … 7 = Saturday)", () => {
      const satWed = read({ calendars: calendarXml({ workingDayTypes: [7, 1, 2, 3, 4] }), tasks: [{ uid: 1 }] });
      expect(satWed.calendar.workingWeek).to.deep.equal([1, 2, 3, 6, 7]);
      expect(read({ tasks: [{ uid: 1 }] }).calendar).to.deep.equal({ workingWeek: [1, 2, 3, 4, 5], exceptions: [] });
    });

    it("keeps only exceptions that change a day: holidays on working days and working weekend days", () => {
      const p = read({
        calendars: calendarXml({
          exceptions:
            exceptionXml({ from: "2024-06-06", to: "2024-06-10", name: "Long weekend" }) + exceptionXml({ from: "2024-06-15", to: "2024-06-15", working: true, name: "Stock-take" }),
        }),
        tasks: [{ uid: 1 }],
      });
      expect(p.calendar.exceptions).to.deep.equal([
        { date: "2024-06-06", working: false },
        { date: "2024-06-07", working: false },
        { date: "2024-06-10", working: false },
        { date: "2024-06-15", working: true },
      ]);
      expect(p.exceptionNames).to.deep.equal([
        { date: "2024-06-06", name: "Long weekend" },
        { date: "2024-06-07", name: "Long weekend" },
        { date: "2024-06-10", name: "Long weekend" },
        { date: "2024-06-15", name: "Stock-take" },
      ]);
    });

    it("expands recurring exceptions: every n days, weekly, monthly and yearly", () => {
      const p = read({
        finish: day("2024-12-31", "17:00"),
        calendars: calendarXml({
          exceptions: [
            exceptionXml({ from: "2024-06-03", type: 7, period: 3, occurrences: 3 }), // Mon 3, Thu 6, Sun 9
            exceptionXml({ from: "2024-06-03", type: 6, daysOfWeek: 32, period: 2, occurrences: 2 }), // Fri 7, Fri 21
            exceptionXml({ from: "2024-07-01", type: 5, monthItem: 8, monthPosition: 4, occurrences: 2 }), // last Fridays: Jul 26, Aug 30
            exceptionXml({ from: "2024-01-01", type: 3, month: 10, monthItem: 7, monthPosition: 3, occurrences: 1 }), // Thanksgiving: Nov 28
            exceptionXml({ from: "2024-01-01", type: 2, month: 11, monthDay: 25, occurrences: 2 }), // Wed 25 Dec 2024, Thu 25 Dec 2025
            exceptionXml({ from: "2024-09-01", type: 4, monthDay: 31, occurrences: 2 }), // Sep 30 (clamped), Thu Oct 31
          ].join(""),
        }),
        tasks: [{ uid: 1 }],
      });
      expect(p.calendar.exceptions.map((e) => e.date)).to.deep.equal([
        "2024-06-03",
        "2024-06-06",
        "2024-06-07",
        "2024-06-21",
        "2024-07-26",
        "2024-08-30",
        "2024-09-30",
        "2024-10-31",
        "2024-11-28",
        "2024-12-25",
        "2025-12-25",
      ]);
    });

    it("reads Project 2003 exceptions (WeekDay with DayType 0) and inherits the week of a base calendar", () => {
      const old = `<WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod><FromDate>2024-06-04T00:00:00</FromDate><ToDate>2024-06-04T23:59:00</ToDate></TimePeriod></WeekDay>`;
      const base = calendarXml({ uid: 1, workingDayTypes: [2, 3, 4, 5, 6, 7] });
      const derived = calendarXml({ uid: 5, base: 1, isBase: false, weekDays: `<WeekDays>${old}</WeekDays>` });
      const p = read({ calendarUid: 5, calendars: base + derived, tasks: [{ uid: 1 }] });
      expect(p.calendar).to.deep.equal({ workingWeek: [1, 2, 3, 4, 5, 6], exceptions: [{ date: "2024-06-04", working: false }] });
    });

    it("warns about an unreadable exception, a calendar without working days, and a missing calendar", () => {
      const bad = read({ calendars: calendarXml({ exceptions: exceptionXml({ from: "2024-06-03", type: 6, daysOfWeek: 0, name: "Odd" }) }), tasks: [{ uid: 1 }] });
      expect(bad.warnings).to.deep.equal([{ key: "import.warnings.unreadException", params: { name: "Odd" } }]);
      const idle = read({ calendars: calendarXml({ workingDayTypes: [] }), tasks: [{ uid: 1 }] });
      expect(idle.calendar.workingWeek).to.deep.equal([1, 2, 3, 4, 5]);
      expect(keys(idle)).to.deep.equal(["import.warnings.noWorkingDays"]);
      const none = read({ calendars: "", tasks: [{ uid: 1 }] });
      expect(none.calendar.workingWeek).to.deep.equal([1, 2, 3, 4, 5]);
      expect(keys(none)).to.deep.equal(["import.warnings.noCalendar"]);
    });

    it("expands exceptions only over the project's dates plus two years", () => {
      const p = read({ calendars: calendarXml({ exceptions: exceptionXml({ from: "2024-01-01", type: 6, daysOfWeek: 2, to: "2040-12-31" }) }), tasks: [{ uid: 1 }] });
      const dates = p.calendar.exceptions.map((e) => e.date);
      expect(dates[0]).to.equal("2024-05-27");
      expect(dates[dates.length - 1] < "2026-06-05").to.equal(true);
      expect(dates.length).to.be.within(100, 106);
    });
  });

  describe("malformed input", () => {
    const wrapped = (tasks: string) => readMspdi(parseMspdiXml(`<Project><StartDate>2024-06-03T08:00:00</StartDate><Tasks>${tasks}</Tasks></Project>`));

    it("rejects anything that is not an MSPDI project", () => {
      for (const doc of [null, undefined, 42, "Project", [], {}, { Project: [] }, { Project: "x" }, { Project: { Title: "no MSPDI elements" } }, { Foo: { Tasks: {} } }]) {
        expect(rejection(() => readMspdi(doc)).key).to.equal("import.errors.notMspdi");
      }
    });

    it("rejects a file with more tasks than MAX_TASKS before reading them", () => {
      const many = { Project: { StartDate: "2024-06-03T08:00:00", Tasks: { Task: Array.from({ length: MAX_TASKS + 1 }, (_, i) => ({ UID: String(i + 1) })) } } };
      const err = rejection(() => readMspdi(many));
      expect([err.key, err.params]).to.deep.equal(["import.errors.tooManyTasks", { max: MAX_TASKS }]);
    });

    it("rejects a project without tasks, or with only the project summary", () => {
      expect(rejection(() => readMspdi({ Project: { Tasks: "" } })).key).to.equal("import.errors.noTasks");
      expect(rejection(() => read({ tasks: [] })).key).to.equal("import.errors.noTasks");
      expect(rejection(() => readMspdi({ Project: { StartDate: "2024-06-03T08:00:00", Tasks: { Task: [{ UID: "0", OutlineLevel: "0" }] } } })).key).to.equal("import.errors.noTasks");
    });

    it("rejects a missing or duplicate UID and an unreadable Start", () => {
      expect(rejection(() => wrapped("<Task><Name>A</Name></Task>")).params).to.deep.equal({ task: "A", field: "UID", value: "" });
      expect(rejection(() => wrapped("<Task><UID>4</UID></Task><Task><UID>4</UID></Task>")).key).to.equal("import.errors.duplicateUid");
      const bad = rejection(() => wrapped("<Task><UID>1</UID><Name>A</Name><Start>next week</Start></Task>"));
      expect([bad.key, bad.params]).to.deep.equal(["import.errors.badValue", { task: "A", field: "Start", value: "next week" }]);
      expect(rejection(() => wrapped("<Task><UID>1</UID><Start>1900-01-01T08:00:00</Start></Task>")).key).to.equal("import.errors.badValue");
    });

    it("rejects links to unknown tasks, unknown link types, self-links and links to the task's own summary", () => {
      const link = (pl: string, more = "") => wrapped(`<Task><UID>1</UID><Name>A</Name></Task><Task><UID>2</UID><Name>B</Name><PredecessorLink>${pl}</PredecessorLink></Task>${more}`);
      const unknown = rejection(() => link("<PredecessorUID>99</PredecessorUID>"));
      expect([unknown.key, unknown.params]).to.deep.equal(["import.errors.badLink", { task: "B", predecessor: "#99" }]);
      expect(rejection(() => link("<PredecessorUID>1</PredecessorUID><Type>5</Type>")).key).to.equal("import.errors.badLink");
      expect(rejection(() => link("<PredecessorUID>x</PredecessorUID>")).key).to.equal("import.errors.badLink");
      expect(rejection(() => link("<PredecessorUID>2</PredecessorUID>")).key).to.equal("import.errors.badLink");
      expect(rejection(() => link("<PredecessorUID>1</PredecessorUID><LinkLag>soon</LinkLag>")).key).to.equal("import.errors.badLink");
      const own = rejection(() =>
        wrapped("<Task><UID>1</UID><Name>Phase</Name><OutlineLevel>1</OutlineLevel></Task><Task><UID>2</UID><Name>Step</Name><OutlineLevel>2</OutlineLevel><PredecessorLink><PredecessorUID>1</PredecessorUID></PredecessorLink></Task>"),
      );
      expect([own.key, own.params]).to.deep.equal(["import.errors.summaryLink", { task: "Step", predecessor: "Phase" }]);
    });

    it("rejects a dependency loop, naming the tasks in it, also through a summary task", () => {
      const loop = rejection(() => read({ tasks: [{ uid: 1, name: "A", preds: [{ uid: 3 }] }, { uid: 2, name: "B", preds: [{ uid: 1 }] }, { uid: 3, name: "C", preds: [{ uid: 2 }] }] }));
      expect(loop.key).to.equal("import.errors.cycle");
      const names = String(loop.params.loop).split(" → ");
      expect(names[0]).to.equal(names[names.length - 1]);
      expect([...new Set(names)]).to.have.members(["A", "B", "C"]);
      // Build waits for the whole Design phase, and Draft (inside it) waits for Build.
      const viaSummary = rejection(() =>
        read({
          tasks: [
            { uid: 1, name: "Design", summary: true },
            { uid: 2, name: "Draft", level: 2, preds: [{ uid: 3 }] },
            { uid: 3, name: "Build", preds: [{ uid: 1 }] },
          ],
        }),
      );
      expect(viaSummary.key).to.equal("import.errors.cycle");
    });

    it("never throws anything but a DomainError, whatever the shape of the parsed document", () => {
      const valid = parseMspdiXml(
        mspdiXml({
          calendars: calendarXml({ exceptions: exceptionXml({ from: "2024-06-06", to: "2024-06-07" }) + exceptionXml({ from: "2024-06-03", type: 5, monthItem: 4, monthPosition: 0, occurrences: 2 }) }),
          tasks: [
            { uid: 1, summary: true, constraint: 4, constraintDate: day("2024-06-04") },
            { uid: 2, level: 2, duration: "PT12H0M0S", early: [day("2024-06-03"), day("2024-06-04")], late: [day("2024-06-05"), day("2024-06-06")], totalSlack: 4800 },
            { uid: 3, preds: [{ uid: 2, type: 3, lag: 50, format: 19 }, { uid: 1, lag: 4800 }] },
          ],
        }),
      );
      const weird: unknown[] = [null, 0, -1, 42, Infinity, NaN, "", "x", "-1", "1e400", "PT", "P1Y", "9999-99-99T00:00:00", "2024-02-30T08:00:00", [], [null], {}, { "#text": 5 }, true];
      let seed = 7;
      const random = (n: number) => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return seed % n;
      };
      const paths = (node: unknown, at: (string | number)[] = []): (string | number)[][] => {
        if (node === null || typeof node !== "object") return [at];
        const entries = Array.isArray(node) ? node.map((v, i) => [i, v] as const) : Object.entries(node);
        return [at, ...entries.flatMap(([k, v]) => paths(v, [...at, k]))];
      };
      const all = paths(valid).filter((p) => p.length > 0);
      for (let i = 0; i < 400; i++) {
        const doc = structuredClone(valid) as Record<string | number, unknown>;
        for (let j = 0; j < 1 + random(3); j++) {
          const path = all[random(all.length)];
          let parent = doc as Record<string | number, unknown> | undefined;
          for (const k of path.slice(0, -1)) parent = parent && typeof parent === "object" ? (parent[k] as Record<string | number, unknown>) : undefined;
          if (parent && typeof parent === "object") parent[path[path.length - 1]] = weird[random(weird.length)];
        }
        try {
          readMspdi(doc);
        } catch (err) {
          expect(err, `${String(err)} with ${JSON.stringify(doc).slice(0, 300)}`).to.be.instanceOf(DomainError);
        }
      }
    });
  });
});
