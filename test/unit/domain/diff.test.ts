// Unit: the activity log's field and link diffs (server/domain/diff.ts).
import { expect } from "chai";
import { compactValue, diffFields, diffLinks, linkText, MAX_CHANGE_TEXT, nameList } from "../../../server/domain/diff";

describe("domain/diff", () => {
  describe("diffFields", () => {
    it("lists only the fields whose values changed, old and new value, in the order of the fields", () => {
      const before = { name: "Kick-off", startDate: "2026-03-02", durationDays: 5, progress: 0, milestone: false };
      const after = { name: "Kick-off", startDate: "2026-03-09", durationDays: 5, progress: 40, milestone: true };
      expect(diffFields(before, after)).to.deep.equal([
        { field: "startDate", from: "2026-03-02", to: "2026-03-09" },
        { field: "progress", from: 0, to: 40 },
        { field: "milestone", from: false, to: true },
      ]);
    });

    it("is empty when nothing changed", () => {
      const s = { name: "A", assignee: null, progress: 10 };
      expect(diffFields(s, { ...s })).to.deep.equal([]);
    });

    it("treats empty text, null and a missing value as the same 'no value'", () => {
      expect(diffFields({ key: null, notes: "", owner: undefined }, { key: "", notes: null, owner: null })).to.deep.equal([]);
    });

    it("records a value set from nothing with from: null and a cleared one with to: null", () => {
      expect(diffFields({ assignee: null, dueDate: "2026-04-01" }, { assignee: "Sara Ahmadi", dueDate: "" })).to.deep.equal([
        { field: "assignee", from: null, to: "Sara Ahmadi" },
        { field: "dueDate", from: "2026-04-01", to: null },
      ]);
    });

    it("tells 0 and false apart from no value", () => {
      expect(diffFields({ actual: null, done: null }, { actual: 0, done: false })).to.deep.equal([
        { field: "actual", from: null, to: 0 },
        { field: "done", from: null, to: false },
      ]);
    });

    it("lists every set field when before is empty (a new record's values)", () => {
      expect(diffFields({}, { signer: "Sara", openItems: null, gateNote: "Go" })).to.deep.equal([
        { field: "signer", from: null, to: "Sara" },
        { field: "gateNote", from: null, to: "Go" },
      ]);
    });

    it("includes a field only before has, after the fields of after", () => {
      expect(diffFields({ a: 1, gone: "x" }, { a: 2 })).to.deep.equal([
        { field: "a", from: 1, to: 2 },
        { field: "gone", from: "x", to: null },
      ]);
    });

    it("cuts long texts in the change so the log stays compact", () => {
      const long = "x".repeat(500);
      const [change] = diffFields({ notes: "short" }, { notes: long });
      expect(change.to).to.be.a("string").with.length(MAX_CHANGE_TEXT);
      expect(change.to as string).to.match(/^x+…$/);
      expect(change.from).to.equal("short");
    });
  });

  describe("compactValue", () => {
    it("keeps numbers, booleans and short texts, and turns '' and undefined into null", () => {
      expect(compactValue(3.5)).to.equal(3.5);
      expect(compactValue(false)).to.equal(false);
      expect(compactValue("abc")).to.equal("abc");
      expect(compactValue("")).to.equal(null);
      expect(compactValue(undefined)).to.equal(null);
      expect(compactValue("abcdef", 4)).to.equal("abc…");
    });
  });

  describe("diffLinks", () => {
    const names = new Map([
      [1, "Kick-off"],
      [2, "Workshops"],
      [3, "Data model"],
    ]);
    const nameOf = (id: number) => names.get(id) ?? `#${id}`;

    it("records added and removed predecessors by name", () => {
      const before = [{ predecessorId: 1, type: "FS", lagDays: 0 }];
      const after = [{ predecessorId: 2, type: "FS", lagDays: 0 }];
      expect(diffLinks(before, after, nameOf)).to.deep.equal([
        { field: "predecessors", from: "Kick-off", to: null },
        { field: "predecessors", from: null, to: "Workshops" },
      ]);
    });

    it("records a changed type or lag of the same predecessor as one change", () => {
      const before = [{ predecessorId: 1, type: "FS", lagDays: 0 }, { predecessorId: 3, type: "SS", lagDays: 2 }];
      const after = [{ predecessorId: 3, type: "SS", lagDays: 2 }, { predecessorId: 1, type: "SS", lagDays: -1 }];
      expect(diffLinks(before, after, nameOf)).to.deep.equal([{ field: "predecessors", from: "Kick-off", to: "Kick-off (SS −1)" }]);
    });

    it("is empty when the links are the same, in any order", () => {
      const links = [{ predecessorId: 1, type: "FS", lagDays: 0 }, { predecessorId: 2, type: "FF", lagDays: 3 }];
      expect(diffLinks(links, [...links].reverse(), nameOf)).to.deep.equal([]);
    });

    it("lists every link of a new task as added", () => {
      expect(diffLinks([], [{ predecessorId: 1, type: "FS", lagDays: 2 }, { predecessorId: 9, type: "SF", lagDays: 0 }], nameOf)).to.deep.equal([
        { field: "predecessors", from: null, to: "Kick-off (FS +2)" },
        { field: "predecessors", from: null, to: "#9 (SF)" },
      ]);
    });
  });

  describe("linkText and nameList", () => {
    it("names a plain finish-to-start link by its task alone and shows other types and lags", () => {
      expect(linkText("Kick-off", "FS", 0)).to.equal("Kick-off");
      expect(linkText("Kick-off", "FF", 0)).to.equal("Kick-off (FF)");
      expect(linkText("Kick-off", "FS", 3)).to.equal("Kick-off (FS +3)");
      expect(linkText("Kick-off", "SS", -2)).to.equal("Kick-off (SS −2)");
    });

    it("sorts names so the same set compares equal whatever the order", () => {
      expect(nameList(["Workshops", "Data model", "Kick-off"])).to.equal("Data model, Kick-off, Workshops");
      expect(nameList([])).to.equal("");
    });
  });
});
