import { expect } from "chai";
import { readMspdi } from "../../../server/domain/mspdi";
import { checkConformance, compareTask, toScheduleInput } from "../../../server/domain/mspdi-conformance";
import type { ScheduledTask } from "../../../server/domain/schedule-types";
import { parseMspdiXml } from "../../../server/services/mspdi-xml";
import { mspdiXml } from "../../support/conformance-docs";

const at = (date: string, time = "08:00") => `${date}T${time}:00`;

/**
 * A small schedule with the dates MS Project computes for it (Mon 2024-06-03 start, 8 h days): A (2 d)
 * → FS → B (1 d) → FS → End (milestone), and C (1 d) unlinked, so C has slack up to the project finish.
 */
const plan = readMspdi(
  parseMspdiXml(
    mspdiXml({
      tasks: [
        { uid: 1, name: "A", duration: "PT16H0M0S", early: [at("2024-06-03"), at("2024-06-04", "17:00")], late: [at("2024-06-03"), at("2024-06-04", "17:00")], totalSlack: 0, critical: true },
        { uid: 2, name: "B", duration: "PT8H0M0S", preds: [{ uid: 1 }], early: [at("2024-06-05"), at("2024-06-05", "17:00")], late: [at("2024-06-05"), at("2024-06-05", "17:00")], totalSlack: 0, critical: true },
        { uid: 3, name: "End", duration: "PT0H0M0S", preds: [{ uid: 2 }], early: [at("2024-06-05", "17:00"), at("2024-06-05", "17:00")], late: [at("2024-06-06"), at("2024-06-06")], totalSlack: 0, critical: true },
        { uid: 4, name: "C", duration: "PT8H0M0S", early: [at("2024-06-03"), at("2024-06-03", "17:00")], late: [at("2024-06-05"), at("2024-06-05", "17:00")], totalSlack: 9600, critical: false },
      ],
    }),
  ),
);

describe("domain/mspdi-conformance", () => {
  it("builds the scheduler's input with ids 1…n and links mapped from UIDs", () => {
    const { input, idOf } = toScheduleInput(plan);
    expect(input.projectStart).to.equal("2024-06-03");
    expect([...idOf.entries()]).to.deep.equal([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ]);
    expect(input.tasks[2]).to.deep.equal({ id: 3, parentId: null, durationDays: 0, manual: false, start: "2024-06-03", constraint: "ASAP", constraintDate: null });
    expect(input.links).to.deep.equal([
      { predecessorId: 1, successorId: 2, type: "FS", lagDays: 0 },
      { predecessorId: 2, successorId: 3, type: "FS", lagDays: 0 },
    ]);
  });

  it("lists each field that differs from MS Project's, and skips fields the file lacks", () => {
    const actual: ScheduledTask = {
      id: 1,
      start: "2024-06-03",
      finish: "2024-06-04",
      earlyStart: "2024-06-03",
      earlyFinish: "2024-06-05",
      lateStart: "2024-06-03",
      lateFinish: "2024-06-04",
      totalSlack: 1,
      freeSlack: 0,
      critical: false,
      constraintViolated: false,
      isSummary: false,
      durationDays: 2,
    };
    expect(compareTask(plan.tasks[0], actual)).to.deep.equal([
      { field: "earlyFinish", expected: "2024-06-04", actual: "2024-06-05" },
      { field: "totalSlack", expected: 0, actual: 1 },
      { field: "critical", expected: true, actual: false },
    ]);
    expect(compareTask({ ...plan.tasks[0], expected: { ...plan.tasks[0].expected, earlyFinish: null, totalSlackDays: null, critical: null } }, actual)).to.deep.equal([]);
    expect(compareTask(plan.tasks[0], undefined).map((m) => m.actual)).to.deep.equal([null, null, null, null, null, null]);
  });

  it("matches MS Project on every leaf task of a small FS chain with a milestone and an unlinked task", () => {
    const report = checkConformance(plan);
    expect(report.mismatches).to.deep.equal([]);
    expect(report).to.include({ leafTasks: 4, matchingTasks: 4, matchRate: 1 });
  });
});
