import { expect } from "chai";
import { parseDeleteProjectForm, parseProjectForm } from "../../../server/forms/projects";

const valid = {
  name: "  Acme CRM rollout ",
  clientOrganisation: "Acme Ltd",
  description: "Sales CRM for 80 users",
  kickoffDate: "2026-03-02",
  workingDays: ["1", "2", "3", "4", "5"],
};

const errorsOf = (body: Record<string, unknown>) => {
  const r = parseProjectForm(body);
  return r.ok ? {} : r.errors;
};

describe("forms/projects", () => {
  describe("parseProjectForm", () => {
    it("parses a complete form into typed input", () => {
      expect(parseProjectForm(valid)).to.deep.include({
        ok: true,
        value: {
          name: "Acme CRM rollout",
          clientOrganisation: "Acme Ltd",
          description: "Sales CRM for 80 users",
          kickoffDate: "2026-03-02",
          workingDays: [1, 2, 3, 4, 5],
        },
      });
    });

    it("makes the client and the description optional", () => {
      const r = parseProjectForm({ name: "X", kickoffDate: "2026-03-02", workingDays: "1" });
      expect(r).to.deep.include({ ok: true, value: { name: "X", clientOrganisation: "", description: "", kickoffDate: "2026-03-02", workingDays: [1] } });
    });

    it("asks for a name when it is missing or blank", () => {
      expect(errorsOf({ ...valid, name: undefined })).to.deep.equal({ name: { key: "errors.required" } });
      expect(errorsOf({ ...valid, name: "   " })).to.deep.equal({ name: { key: "errors.required" } });
    });

    it("limits the name to 200 characters", () => {
      expect(errorsOf({ ...valid, name: "x".repeat(201) })).to.deep.equal({ name: { key: "errors.tooLong", params: { max: 200 } } });
      expect(parseProjectForm({ ...valid, name: "x".repeat(200) }).ok).to.equal(true);
    });

    it("rejects an impossible kickoff date and asks for a missing one", () => {
      expect(errorsOf({ ...valid, kickoffDate: "2026-02-29" })).to.deep.equal({ kickoffDate: { key: "errors.date" } });
      expect(errorsOf({ ...valid, kickoffDate: "" })).to.deep.equal({ kickoffDate: { key: "errors.required" } });
    });

    it("accepts a kickoff date in Persian digits", () => {
      expect(parseProjectForm({ ...valid, kickoffDate: "۲۰۲۶-۰۳-۰۲" })).to.deep.include({ ok: true });
    });

    it("asks for at least one working day", () => {
      expect(errorsOf({ ...valid, workingDays: undefined })).to.deep.equal({ workingDays: { key: "errors.workingDays" } });
      expect(errorsOf({ ...valid, workingDays: [] })).to.deep.equal({ workingDays: { key: "errors.workingDays" } });
      expect(errorsOf({ ...valid, workingDays: "" })).to.deep.equal({ workingDays: { key: "errors.workingDays" } });
    });

    it("rejects weekdays outside 1–7", () => {
      expect(errorsOf({ ...valid, workingDays: ["0", "1"] })).to.deep.equal({ workingDays: { key: "errors.workingDays" } });
      expect(errorsOf({ ...valid, workingDays: ["8"] })).to.deep.equal({ workingDays: { key: "errors.workingDays" } });
    });

    it("de-duplicates and sorts the working days", () => {
      const r = parseProjectForm({ ...valid, workingDays: ["7", "6", "1", "6", "3", "2", "1"] });
      expect(r.ok && r.value.workingDays).to.deep.equal([1, 2, 3, 6, 7]);
    });

    it("reports every faulty field at once", () => {
      expect(Object.keys(errorsOf({ name: "", kickoffDate: "x" })).sort()).to.deep.equal(["kickoffDate", "name", "workingDays"]);
    });
  });

  describe("parseDeleteProjectForm", () => {
    it("requires the typed confirmation name", () => {
      expect(parseDeleteProjectForm({ confirmName: " Acme " })).to.deep.include({ ok: true, value: { confirmName: "Acme" } });
      expect(parseDeleteProjectForm({})).to.deep.include({ ok: false, errors: { confirmName: { key: "errors.required" } } });
    });
  });
});
