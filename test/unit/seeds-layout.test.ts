import { expect } from "chai";
import { kickoffFor, layoutTasks, progressOn, type LayoutTask } from "../../seeds/layout";

const WEEK = [1, 2, 3, 4, 5];
// 2026-03-05 is a Thursday; far-future today keeps every progress at 0 unless a test says otherwise.
const opts = (over: Partial<{ kickoff: string; today: string; week: number[] }> = {}) => ({
  kickoff: "2026-03-05",
  week: WEEK,
  today: "2000-01-01",
  ...over,
});
const task = (key: string, durationDays: number, predecessors: string[] = [], extra: Partial<LayoutTask> = {}): LayoutTask => ({
  key,
  durationDays,
  predecessors,
  ...extra,
});

describe("seeds/layout", () => {
  describe("layoutTasks", () => {
    it("carries a finish-to-start chain over the weekend", () => {
      const out = layoutTasks([task("A", 3), task("B", 2, ["A"])], opts());
      expect(out.get("A")).to.include({ startDate: "2026-03-05", finishDate: "2026-03-09", durationDays: 3, milestone: false });
      expect(out.get("B")).to.include({ startDate: "2026-03-10", finishDate: "2026-03-11" });
    });

    it("starts a successor on Monday when its predecessor finishes on Friday", () => {
      const out = layoutTasks([task("A", 2), task("B", 1, ["A"])], opts());
      expect(out.get("A")!.finishDate).to.equal("2026-03-06");
      expect(out.get("B")).to.include({ startDate: "2026-03-09", finishDate: "2026-03-09" });
    });

    it("moves a kickoff on a weekend to the next working day", () => {
      const out = layoutTasks([task("A", 1)], opts({ kickoff: "2026-03-07" }));
      expect(out.get("A")).to.include({ startDate: "2026-03-09", finishDate: "2026-03-09" });
    });

    it("puts a milestone on its predecessor's finish day and starts its successor the next working day", () => {
      const out = layoutTasks([task("A", 2), task("M", 0, ["A"]), task("B", 1, ["M"])], opts());
      expect(out.get("M")).to.include({ startDate: "2026-03-06", finishDate: "2026-03-06", durationDays: 0, milestone: true });
      expect(out.get("B")!.startDate).to.equal("2026-03-09");
    });

    it("puts a milestone without predecessors on the kickoff", () => {
      const out = layoutTasks([task("M", 0)], opts());
      expect(out.get("M")).to.include({ startDate: "2026-03-05", finishDate: "2026-03-05", milestone: true });
    });

    it("starts a task after the latest of its parallel predecessors", () => {
      const out = layoutTasks([task("C", 1, ["A", "B"]), task("A", 2), task("B", 5)], opts());
      expect(out.get("A")!.finishDate).to.equal("2026-03-06");
      expect(out.get("B")!.finishDate).to.equal("2026-03-11");
      expect(out.get("C")!.startDate).to.equal("2026-03-12");
    });

    it("honours a non-standard working week", () => {
      // Saturday–Wednesday week (ISO 6, 7, 1, 2, 3): Thursday kickoff moves to Saturday.
      const out = layoutTasks([task("A", 3), task("B", 1, ["A"])], opts({ week: [1, 2, 3, 6, 7] }));
      expect(out.get("A")).to.include({ startDate: "2026-03-07", finishDate: "2026-03-09" });
      expect(out.get("B")!.startDate).to.equal("2026-03-10");
    });

    it("spans a summary over its children and rolls their progress up by duration", () => {
      const tasks = [task("S", 0, [], { summary: true }), task("A", 2, [], { parent: "S" }), task("B", 2, ["A"], { parent: "S" })];
      const out = layoutTasks(tasks, opts({ today: "2026-03-09" }));
      expect(out.get("A")!.progress).to.equal(100);
      expect(out.get("B")!.progress).to.equal(0);
      expect(out.get("S")).to.deep.equal({ startDate: "2026-03-05", finishDate: "2026-03-10", durationDays: 4, milestone: false, progress: 50 });
    });

    it("rejects cycles, unknown predecessors and links to or from summaries", () => {
      expect(() => layoutTasks([task("A", 1, ["B"]), task("B", 1, ["A"])], opts())).to.throw(/cycle/);
      expect(() => layoutTasks([task("A", 1, ["X"])], opts())).to.throw(/unknown predecessor X/);
      expect(() => layoutTasks([task("S", 0, ["A"], { summary: true }), task("A", 1), task("B", 1, [], { parent: "S" })], opts())).to.throw(/cannot have predecessors/);
      expect(() => layoutTasks([task("S", 0, [], { summary: true }), task("B", 1, [], { parent: "S" }), task("C", 1, ["S"])], opts())).to.throw(/is a summary/);
      expect(() => layoutTasks([task("A", 1), task("B", 1, [], { parent: "A" })], opts())).to.throw(/not a summary/);
    });
  });

  describe("progressOn", () => {
    const t = { startDate: "2026-03-02", finishDate: "2026-03-13", durationDays: 10 };

    it("is 100 once the finish has passed and 0 until the start", () => {
      expect(progressOn(t, "2026-03-14", WEEK)).to.equal(100);
      expect(progressOn(t, "2026-03-02", WEEK)).to.equal(0);
      expect(progressOn(t, "2026-02-27", WEEK)).to.equal(0);
    });

    it("counts the working days before today, rounded to 10 %", () => {
      expect(progressOn(t, "2026-03-05", WEEK)).to.equal(30);
      // Monday after the first week: 5 of 10 days, the weekend adds nothing.
      expect(progressOn(t, "2026-03-09", WEEK)).to.equal(50);
    });

    it("never shows a running task as done", () => {
      expect(progressOn(t, "2026-03-13", WEEK)).to.equal(90);
      // 19 of 20 days would round to 100.
      expect(progressOn({ startDate: "2026-03-02", finishDate: "2026-03-27", durationDays: 20 }, "2026-03-27", WEEK)).to.equal(90);
    });

    it("treats a milestone as done only after its day", () => {
      const m = { startDate: "2026-03-06", finishDate: "2026-03-06", durationDays: 0 };
      expect(progressOn(m, "2026-03-06", WEEK)).to.equal(0);
      expect(progressOn(m, "2026-03-07", WEEK)).to.equal(100);
    });
  });

  describe("kickoffFor", () => {
    it("is the Monday the given number of weeks before today's week", () => {
      expect(kickoffFor("2026-03-02", 12)).to.equal("2025-12-08");
      expect(kickoffFor("2026-03-08", 12)).to.equal("2025-12-08");
      expect(kickoffFor("2026-03-04", 0)).to.equal("2026-03-02");
    });
  });
});
