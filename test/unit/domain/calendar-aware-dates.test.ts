// Durations and finishes count holidays too: a typed finish, a derived finish and a summary's span.
import { expect } from "chai";
import { resolveTaskDates } from "../../../server/domain/task-dates";
import { WorkCalendar } from "../../../server/domain/work-calendar";
import { schedule } from "../../../server/domain/scheduler";

const HOLIDAY_WED = { workingWeek: [1, 2, 3, 4, 5], exceptions: [{ date: "2026-03-04", working: false }] };

describe("calendar-aware task dates", () => {
  it("derives 4 working days from Mon 2026-03-02 to Fri 03-06 when Wednesday is a holiday", () => {
    const cal = new WorkCalendar(HOLIDAY_WED, "2026-03-02");
    const d = resolveTaskDates({ startDate: "2026-03-02", durationDays: undefined, finishDate: "2026-03-06", milestone: false }, cal);
    expect(d.durationDays).to.equal(4);
  });

  it("derives the finish Mon 03-09 for 5 days from Mon 03-02 across the Wednesday holiday", () => {
    const cal = new WorkCalendar(HOLIDAY_WED, "2026-03-02");
    const d = resolveTaskDates({ startDate: "2026-03-02", durationDays: 5, finishDate: null, milestone: false }, cal);
    expect(d.finishDate).to.equal("2026-03-09");
  });

  it("gives a summary the working days of its span, holidays excluded", () => {
    const r = schedule({
      projectStart: "2026-03-02",
      calendar: HOLIDAY_WED,
      tasks: [
        { id: 1, parentId: null, durationDays: 0, manual: false, start: "2026-03-02", constraint: "ASAP", constraintDate: null },
        { id: 2, parentId: 1, durationDays: 5, manual: false, start: "2026-03-02", constraint: "ASAP", constraintDate: null },
      ],
      links: [],
    });
    expect([r.tasks.get(1)!.start, r.tasks.get(1)!.finish, r.tasks.get(1)!.durationDays]).to.deep.equal(["2026-03-02", "2026-03-09", 5]);
  });

  it("falls back to Monday–Friday when the week has no working day, even with one extra working day", () => {
    const cal = new WorkCalendar({ workingWeek: [], exceptions: [{ date: "2026-03-07", working: true }] }, "2026-03-02");
    expect(cal.dateOf(1)).to.equal("2026-03-03");
    expect(cal.dateOf(5)).to.equal("2026-03-07");
  });
});
