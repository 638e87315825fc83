// Unit: the activity page's query parser — bad filter values fall back instead of failing.
import { expect } from "chai";
import { parseActivityQuery } from "../../../server/forms/activity";

describe("forms/activity", () => {
  it("accepts a record type, an action, a date range and a page", () => {
    const q = parseActivityQuery({ type: "task", action: "updated", from: "2026-03-01", to: "2026-03-31", page: "3" });
    expect(q.filter).to.deep.equal({ subjectType: "task", action: "updated", from: "2026-03-01", to: "2026-03-31" });
    expect(q.page).to.equal(3);
    expect(q.values).to.deep.equal({ type: "task", action: "updated", from: "2026-03-01", to: "2026-03-31" });
  });

  it("ignores unknown types and actions, impossible dates and non-numeric pages", () => {
    const q = parseActivityQuery({ type: "users", action: "hacked", from: "2026-02-30", to: "yesterday", page: "-2" });
    expect(q.filter).to.deep.equal({ subjectType: null, action: null, from: null, to: null });
    expect(q.page).to.equal(1);
    expect(q.values).to.deep.equal({ type: "", action: "", from: "", to: "" });
  });

  it("ignores repeated parameters (arrays) and reads Persian digits in dates", () => {
    const q = parseActivityQuery({ type: ["task", "goal"], from: "۲۰۲۶-۰۳-۰۱", page: ["2", "3"] });
    expect(q.filter.subjectType).to.equal(null);
    expect(q.filter.from).to.equal("2026-03-01");
    expect(q.page).to.equal(1);
  });

  it("defaults to no filter on page 1", () => {
    expect(parseActivityQuery({})).to.deep.equal({
      filter: { subjectType: null, action: null, from: null, to: null },
      page: 1,
      values: { type: "", action: "", from: "", to: "" },
    });
  });
});
