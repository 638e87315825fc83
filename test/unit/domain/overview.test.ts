import { expect } from "chai";
import { nextMilestones, openItemsByOwner, type OpenItem } from "../../../server/domain/overview";

const TODAY = "2026-04-15";

const ms = (name: string, finishDate: string, over: { milestone?: boolean; progress?: number } = {}) => ({
  name,
  finishDate,
  milestone: over.milestone ?? true,
  progress: over.progress ?? 0,
});

describe("domain/overview", () => {
  describe("nextMilestones", () => {
    it("lists unfinished milestones by date, overdue ones first and flagged", () => {
      const tasks = [ms("Go-live", "2026-06-01"), ms("Design signed", "2026-04-01"), ms("Pilot", "2026-04-15")];
      expect(nextMilestones(tasks, TODAY).map((m) => [m.task.name, m.overdue])).to.deep.equal([
        ["Design signed", true],
        ["Pilot", false],
        ["Go-live", false],
      ]);
    });

    it("leaves out finished milestones and ordinary tasks", () => {
      const tasks = [ms("Done", "2026-04-01", { progress: 100 }), ms("Work", "2026-04-02", { milestone: false }), ms("Open", "2026-04-03", { progress: 99 })];
      expect(nextMilestones(tasks, TODAY).map((m) => m.task.name)).to.deep.equal(["Open"]);
    });

    it("breaks a date tie by name", () => {
      const tasks = [ms("Beta", "2026-05-01"), ms("Alpha", "2026-05-01")];
      expect(nextMilestones(tasks, TODAY).map((m) => m.task.name)).to.deep.equal(["Alpha", "Beta"]);
    });

    it("returns at most five by default, or the limit given", () => {
      const tasks = Array.from({ length: 8 }, (_, i) => ms(`M${i}`, `2026-05-0${i + 1}`));
      expect(nextMilestones(tasks, TODAY).map((m) => m.task.name)).to.deep.equal(["M0", "M1", "M2", "M3", "M4"]);
      expect(nextMilestones(tasks, TODAY, 2).map((m) => m.task.name)).to.deep.equal(["M0", "M1"]);
    });

    it("does not reorder the caller's array", () => {
      const tasks = [ms("Later", "2026-06-01"), ms("Sooner", "2026-05-01")];
      nextMilestones(tasks, TODAY);
      expect(tasks.map((t) => t.name)).to.deep.equal(["Later", "Sooner"]);
    });
  });

  describe("openItemsByOwner", () => {
    type Item = OpenItem & { text: string };
    const item = (text: string, ownerId: number | null, dueDate: string | null, done = false): Item => ({ text, ownerId, dueDate, done });

    it("groups open items by owner, largest group first, the unassigned group last", () => {
      const items = [item("a1", 1, null), item("b1", 2, null), item("u1", null, null), item("b2", 2, null)];
      expect(openItemsByOwner(items, TODAY).map((g) => [g.ownerId, g.items.map((i) => i.text)])).to.deep.equal([
        [2, ["b1", "b2"]],
        [1, ["a1"]],
        [null, ["u1"]],
      ]);
    });

    it("puts the unassigned group last even when it is the largest and is met first", () => {
      const items = [item("u1", null, null), item("u2", null, null), item("u3", null, null), item("a1", 1, null), item("b1", 2, null), item("b2", 2, null)];
      expect(openItemsByOwner(items, TODAY).map((g) => g.ownerId)).to.deep.equal([2, 1, null]);
      expect(openItemsByOwner([...items].reverse(), TODAY).map((g) => g.ownerId)).to.deep.equal([2, 1, null]);
    });

    it("leaves out done items and owners with nothing open", () => {
      const items = [item("done", 1, "2026-01-01", true), item("open", 2, null)];
      expect(openItemsByOwner(items, TODAY).map((g) => [g.ownerId, g.items.map((i) => i.text)])).to.deep.equal([[2, ["open"]]]);
    });

    it("sorts each group's items by due date with undated items last", () => {
      const items = [item("none", 1, null), item("may", 1, "2026-05-01"), item("mar", 1, "2026-03-01")];
      expect(openItemsByOwner(items, TODAY)[0].items.map((i) => i.text)).to.deep.equal(["mar", "may", "none"]);
    });

    it("counts the items due before today as overdue (due today is not)", () => {
      const items = [item("past", 1, "2026-04-14"), item("today", 1, TODAY), item("future", 1, "2026-05-01"), item("undated", 1, null)];
      expect(openItemsByOwner(items, TODAY)[0].overdue).to.equal(1);
    });

    it("returns no groups when nothing is open", () => {
      expect(openItemsByOwner([item("x", 1, null, true)], TODAY)).to.deep.equal([]);
    });
  });
});
