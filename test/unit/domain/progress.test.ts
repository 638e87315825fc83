import { expect } from "chai";
import { gateState, goalProgress, leafTasks, rollUpProgress, spanOf } from "../../../server/domain/progress";

const work = (durationDays: number, progress: number) => ({ durationDays, progress });

describe("domain/progress", () => {
  describe("rollUpProgress", () => {
    it("weights each task's percent by its duration", () => {
      // (10 × 50 + 30 × 100) / 40 = 87.5 → 88
      expect(rollUpProgress([work(10, 50), work(30, 100)])).to.equal(88);
      expect(rollUpProgress([work(1, 100), work(3, 0)])).to.equal(25);
    });

    it("rounds to a whole percent", () => {
      // (33 + 68) / 3 = 33.67
      expect(rollUpProgress([work(1, 33), work(2, 34)])).to.equal(34);
      expect(rollUpProgress([work(3, 10), work(1, 11)])).to.equal(10);
    });

    it("gives 0-day milestones no weight when real work exists", () => {
      expect(rollUpProgress([work(0, 100), work(10, 0)])).to.equal(0);
    });

    it("averages plainly when every task is a milestone", () => {
      expect(rollUpProgress([work(0, 100), work(0, 0), work(0, 50)])).to.equal(50);
      expect(rollUpProgress([work(0, 100), work(0, 0)])).to.equal(50);
    });

    it("is 0 with no tasks and 100 when all are done", () => {
      expect(rollUpProgress([])).to.equal(0);
      expect(rollUpProgress([work(5, 100), work(2, 100)])).to.equal(100);
    });
  });

  describe("spanOf", () => {
    it("takes the earliest start and the latest finish, possibly from different tasks", () => {
      const tasks = [
        { startDate: "2026-03-10", finishDate: "2026-03-20" },
        { startDate: "2026-03-02", finishDate: "2026-03-04" },
        { startDate: "2026-03-15", finishDate: "2026-04-01" },
      ];
      expect(spanOf(tasks)).to.deep.equal({ start: "2026-03-02", finish: "2026-04-01" });
    });

    it("is null at both ends with no tasks", () => {
      expect(spanOf([])).to.deep.equal({ start: null, finish: null });
    });
  });

  describe("leafTasks", () => {
    it("keeps only tasks that no other task names as parent, in input order", () => {
      const tasks = [
        { id: 1, parentId: null },
        { id: 2, parentId: 1 },
        { id: 3, parentId: 2 },
        { id: 4, parentId: 1 },
        { id: 5, parentId: null },
      ];
      expect(leafTasks(tasks).map((t) => t.id)).to.deep.equal([3, 4, 5]);
    });

    it("returns the same objects it was given", () => {
      const t = { id: 1, parentId: null, extra: "kept" };
      expect(leafTasks([t])[0]).to.equal(t);
    });
  });

  describe("gateState", () => {
    const gate = (taskProgress: number[], checklistDone: boolean[], signedOffAt: string | null = null) =>
      gateState({ signedOffAt, taskProgress, checklistDone });

    it("is not started with no work, or with work that has not begun", () => {
      expect(gate([], [])).to.equal("not_started");
      expect(gate([0, 0], [false])).to.equal("not_started");
    });

    it("is in progress once any task has progress or any checklist item is ticked", () => {
      expect(gate([0, 10], [false])).to.equal("in_progress");
      expect(gate([0], [true, false])).to.equal("in_progress");
    });

    it("stays in progress while a checklist item is open even if every task is done", () => {
      expect(gate([100, 100], [true, false])).to.equal("in_progress");
      expect(gate([100, 99], [true])).to.equal("in_progress");
    });

    it("awaits sign-off when every task is at 100 % and every item is ticked", () => {
      expect(gate([100, 100], [true, true])).to.equal("awaiting_signoff");
      expect(gate([], [true])).to.equal("awaiting_signoff");
      expect(gate([100], [])).to.equal("awaiting_signoff");
    });

    it("is signed off once signed, whatever the work says", () => {
      expect(gate([0], [false], "2026-04-01T09:00:00Z")).to.equal("signed_off");
      expect(gate([], [], "2026-04-01T09:00:00Z")).to.equal("signed_off");
    });
  });

  describe("goalProgress", () => {
    it("measures a rising goal from baseline to target", () => {
      expect(goalProgress({ baseline: 10, target: 20, actual: 15 })).to.equal(0.5);
      expect(goalProgress({ baseline: 10, target: 20, actual: 20 })).to.equal(1);
      expect(goalProgress({ baseline: 10, target: 20, actual: 10 })).to.equal(0);
    });

    it("measures a falling goal (target below baseline)", () => {
      expect(goalProgress({ baseline: 100, target: 40, actual: 70 })).to.equal(0.5);
      expect(goalProgress({ baseline: 100, target: 40, actual: 40 })).to.equal(1);
      expect(goalProgress({ baseline: 100, target: 40, actual: 85 })).to.equal(0.25);
    });

    it("clamps to 0–1 when the actual overshoots or goes the wrong way", () => {
      expect(goalProgress({ baseline: 10, target: 20, actual: 35 })).to.equal(1);
      expect(goalProgress({ baseline: 10, target: 20, actual: 5 })).to.equal(0);
      expect(goalProgress({ baseline: 100, target: 40, actual: 10 })).to.equal(1);
      expect(goalProgress({ baseline: 100, target: 40, actual: 120 })).to.equal(0);
    });

    it("is null when there is no actual yet", () => {
      expect(goalProgress({ baseline: 10, target: 20, actual: null })).to.equal(null);
      expect(goalProgress({ baseline: null, target: 20, actual: null })).to.equal(null);
    });

    it("counts a missing baseline as 0", () => {
      expect(goalProgress({ baseline: null, target: 50, actual: 25 })).to.equal(0.5);
      expect(goalProgress({ baseline: null, target: -10, actual: -5 })).to.equal(0.5);
    });

    it("is all or nothing when the target equals the baseline", () => {
      expect(goalProgress({ baseline: 30, target: 30, actual: 30 })).to.equal(1);
      expect(goalProgress({ baseline: 30, target: 30, actual: 31 })).to.equal(0);
    });
  });
});
