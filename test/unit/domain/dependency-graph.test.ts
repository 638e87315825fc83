import { expect } from "chai";
import { findCycle, validatePredecessors, type LinkTask, type PredecessorInput } from "../../../server/domain/dependency-graph";
import { DomainError } from "../../../server/domain/errors";
import type { LinkData } from "../../../server/domain/types";

const tasks: LinkTask[] = [
  { id: 1, name: "Kick-off", parentId: null },
  { id: 2, name: "Design", parentId: null },
  { id: 3, name: "Build", parentId: null },
  { id: 4, name: "Test", parentId: null },
  { id: 10, name: "Data migration", parentId: null }, // summary of 11 and 12
  { id: 11, name: "Extract", parentId: 10 },
  { id: 12, name: "Load", parentId: 10 },
  { id: 13, name: "Verify load", parentId: 12 },
];

const fs = (predecessorId: number, lagDays = 0): PredecessorInput => ({ predecessorId, type: "FS", lagDays });
const link = (predecessorId: number, successorId: number): LinkData => ({ predecessorId, successorId, type: "FS", lagDays: 0 });

/** Runs validatePredecessors and returns the DomainError it throws (failing the test if it does not). */
function rejection(successorId: number, rows: PredecessorInput[], others: LinkData[] = []): DomainError {
  try {
    validatePredecessors(successorId, rows, tasks, others);
  } catch (err) {
    expect(err).to.be.instanceOf(DomainError);
    return err as DomainError;
  }
  expect.fail("expected validatePredecessors to throw");
}

describe("domain/dependency-graph", () => {
  describe("validatePredecessors", () => {
    it("accepts an empty list and a plain chain", () => {
      expect(() => validatePredecessors(2, [], tasks, [])).not.to.throw();
      expect(() => validatePredecessors(3, [fs(2, 2)], tasks, [link(1, 2)])).not.to.throw();
    });

    it("rejects a task as its own predecessor", () => {
      const err = rejection(2, [fs(2)]);
      expect([err.key, err.params, err.field]).to.deep.equal(["links.errors.self", {}, "predecessors"]);
    });

    it("rejects the same predecessor twice, naming it", () => {
      const err = rejection(3, [fs(2), { predecessorId: 2, type: "SS", lagDays: 1 }]);
      expect([err.key, err.params, err.field]).to.deep.equal(["links.errors.duplicate", { task: "Design" }, "predecessors"]);
    });

    it("rejects a predecessor id that is not one of this project's tasks", () => {
      const err = rejection(3, [fs(2), fs(999)]);
      expect([err.key, err.params, err.field]).to.deep.equal(["links.errors.otherProject", {}, "predecessors"]);
    });

    it("rejects a link from a task to its own summary (ancestor)", () => {
      const err = rejection(13, [fs(10)]);
      expect([err.key, err.params]).to.deep.equal(["links.errors.summary", { task: "Data migration" }]);
    });

    it("rejects a link from a summary to a task inside it (descendant)", () => {
      const err = rejection(10, [fs(13)]);
      expect([err.key, err.params]).to.deep.equal(["links.errors.summary", { task: "Verify load" }]);
    });

    it("allows links between siblings under the same summary", () => {
      expect(() => validatePredecessors(12, [fs(11)], tasks, [])).not.to.throw();
    });

    it("rejects a 2-task loop and names the loop's tasks in order", () => {
      const err = rejection(2, [fs(3)], [link(2, 3)]);
      expect([err.key, err.params, err.field]).to.deep.equal(["links.errors.cycle", { loop: "Design → Build → Design" }, "predecessors"]);
    });

    it("rejects a 3-task loop and names the loop's tasks in order", () => {
      const err = rejection(2, [fs(4)], [link(2, 3), link(3, 4)]);
      expect([err.key, err.params]).to.deep.equal(["links.errors.cycle", { loop: "Design → Build → Test → Design" }]);
    });

    it("accepts a diamond (two paths that meet again) as it has no loop", () => {
      // Kick-off → Design → Test and Kick-off → Build → Test.
      expect(() => validatePredecessors(4, [fs(2), fs(3)], tasks, [link(1, 2), link(1, 3), link(2, 4), link(3, 4)])).not.to.throw();
    });

    it("replaces the successor's existing predecessor links instead of adding to them", () => {
      // The stored 3 → 2 link would close a loop with 2 → 3, but the new list for task 2 drops it.
      expect(() => validatePredecessors(2, [], tasks, [link(3, 2), link(2, 3)])).not.to.throw();
      expect(() => validatePredecessors(2, [fs(1)], tasks, [link(3, 2), link(2, 3)])).not.to.throw();
    });
  });

  describe("findCycle", () => {
    it("returns null when there are no links or no loop", () => {
      expect(findCycle([])).to.equal(null);
      expect(findCycle([link(1, 2), link(2, 3), link(1, 3)])).to.equal(null);
    });

    it("returns the loop with its first task repeated at the end", () => {
      expect(findCycle([link(1, 2), link(2, 3), link(3, 1)])).to.deep.equal([1, 2, 3, 1]);
    });

    it("returns only the loop, not the path that led into it", () => {
      expect(findCycle([link(1, 2), link(2, 3), link(3, 4), link(4, 2)])).to.deep.equal([2, 3, 4, 2]);
    });

    it("finds a self-loop", () => {
      expect(findCycle([link(5, 5)])).to.deep.equal([5, 5]);
    });

    it("walks a 20,000-task chain without overflowing the stack", () => {
      const chain: LinkData[] = [];
      for (let i = 1; i < 20_000; i++) chain.push(link(i, i + 1));
      expect(findCycle(chain)).to.equal(null);
      const loop = findCycle([...chain, link(20_000, 1)]);
      expect(loop).to.have.length(20_001);
      expect([loop![0], loop![1], loop![19_999], loop![20_000]]).to.deep.equal([1, 2, 20_000, 1]);
    });

    it("stays linear on a 200,000-task chain with fan-out", function () {
      this.timeout(5000); // a quadratic walk would take minutes here
      const links: LinkData[] = [];
      for (let i = 1; i < 200_000; i++) links.push(link(i, i + 1));
      for (let i = 1; i < 200_000; i += 2) links.push(link(i, 200_000));
      expect(findCycle(links)).to.equal(null);
    });
  });
});
