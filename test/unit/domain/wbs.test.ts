import { expect } from "chai";
import { ancestorsOf, buildWbs, descendantsOf } from "../../../server/domain/wbs";
import type { TaskData } from "../../../server/domain/types";

const PLANNING = 10;
const FOUNDATION = 20;
const ROLLOUT = 30;
const PHASES = [PLANNING, FOUNDATION, ROLLOUT];

function task(id: number, over: Partial<TaskData> = {}): TaskData {
  return {
    id,
    phaseId: PLANNING,
    parentId: null,
    position: id,
    name: `Task ${id}`,
    startDate: "2026-03-02",
    durationDays: 1,
    finishDate: "2026-03-02",
    milestone: false,
    progress: 0,
    ...over,
  };
}

const summary = (rows: ReturnType<typeof buildWbs>) => rows.map((r) => [r.task.id, r.wbs, r.depth, r.isSummary]);

describe("domain/wbs", () => {
  describe("buildWbs", () => {
    it("numbers root tasks phase.n with the phase's place in the phase order", () => {
      const rows = buildWbs([task(1), task(2, { phaseId: FOUNDATION }), task(3, { phaseId: ROLLOUT }), task(4)], PHASES);
      expect(summary(rows)).to.deep.equal([
        [1, "1.1", 0, false],
        [4, "1.2", 0, false],
        [2, "2.1", 0, false],
        [3, "3.1", 0, false],
      ]);
    });

    it("orders children depth-first under their parent and numbers them phase.n.m", () => {
      const tasks = [
        task(1),
        task(2, { parentId: 1, position: 1 }),
        task(3, { parentId: 1, position: 2 }),
        task(4, { parentId: 2, position: 1 }),
        task(5, { position: 9 }),
      ];
      expect(summary(buildWbs(tasks, PHASES))).to.deep.equal([
        [1, "1.1", 0, true],
        [2, "1.1.1", 1, true],
        [4, "1.1.1.1", 2, false],
        [3, "1.1.2", 1, false],
        [5, "1.2", 0, false],
      ]);
    });

    it("orders siblings by position, then by id, whatever the input order", () => {
      const tasks = [task(7, { position: 3 }), task(5, { position: 1 }), task(9, { position: 2 }), task(6, { position: 2 })];
      expect(buildWbs(tasks, PHASES).map((r) => [r.task.id, r.wbs])).to.deep.equal([
        [5, "1.1"],
        [6, "1.2"],
        [9, "1.3"],
        [7, "1.4"],
      ]);
    });

    it("follows the given phase order, not the phase ids", () => {
      const rows = buildWbs([task(1, { phaseId: PLANNING }), task(2, { phaseId: ROLLOUT })], [ROLLOUT, PLANNING]);
      expect(rows.map((r) => [r.task.id, r.wbs])).to.deep.equal([
        [2, "1.1"],
        [1, "2.1"],
      ]);
    });

    it("treats a task whose parent is missing as a root of its phase", () => {
      const rows = buildWbs([task(1), task(2, { parentId: 999, position: 5 })], PHASES);
      expect(summary(rows)).to.deep.equal([
        [1, "1.1", 0, false],
        [2, "1.2", 0, false],
      ]);
    });

    it("returns without hanging on a corrupt parent loop and still numbers the healthy tasks", () => {
      const tasks = [task(1), task(2, { parentId: 3 }), task(3, { parentId: 2 }), task(4, { parentId: 1 })];
      const rows = buildWbs(tasks, PHASES);
      expect(summary(rows)).to.deep.equal([
        [1, "1.1", 0, true],
        [4, "1.1.1", 1, false],
      ]);
    });

    it("returns nothing for no tasks and keeps the task objects it was given", () => {
      expect(buildWbs([], PHASES)).to.deep.equal([]);
      const t = task(1);
      expect(buildWbs([t], PHASES)[0].task).to.equal(t);
    });

    it("numbers a 5,000-deep chain without overflowing", () => {
      const tasks = [task(1)];
      for (let i = 2; i <= 5000; i++) tasks.push(task(i, { parentId: i - 1 }));
      const rows = buildWbs(tasks, PHASES);
      expect(rows).to.have.length(5000);
      expect(rows[4999].depth).to.equal(4999);
    });
  });

  describe("descendantsOf", () => {
    const tree = [task(1), task(2, { parentId: 1 }), task(3, { parentId: 2 }), task(4, { parentId: 1 }), task(5)];

    it("includes the task itself and every task below it", () => {
      expect([...descendantsOf(1, tree)].sort()).to.deep.equal([1, 2, 3, 4]);
      expect([...descendantsOf(2, tree)].sort()).to.deep.equal([2, 3]);
    });

    it("is just the task for a leaf", () => {
      expect([...descendantsOf(5, tree)]).to.deep.equal([5]);
    });

    it("terminates on a parent loop", () => {
      expect([...descendantsOf(2, [task(2, { parentId: 3 }), task(3, { parentId: 2 })])].sort()).to.deep.equal([2, 3]);
    });
  });

  describe("ancestorsOf", () => {
    const tree = [task(1), task(2, { parentId: 1 }), task(3, { parentId: 2 }), task(4, { parentId: 1 })];

    it("lists the parent, grandparent and so on, not the task itself", () => {
      expect([...ancestorsOf(3, tree)]).to.deep.equal([2, 1]);
      expect([...ancestorsOf(4, tree)]).to.deep.equal([1]);
    });

    it("is empty for a root task and for an unknown id", () => {
      expect(ancestorsOf(1, tree).size).to.equal(0);
      expect(ancestorsOf(42, tree).size).to.equal(0);
    });

    it("terminates on a parent loop", () => {
      expect([...ancestorsOf(2, [task(2, { parentId: 3 }), task(3, { parentId: 2 })])].sort()).to.deep.equal([2, 3]);
    });
  });
});
