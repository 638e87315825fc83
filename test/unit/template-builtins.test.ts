// Each built-in template, in both languages, instantiates on a go-live date with its go-live milestone on it.
import { expect } from "chai";
import { BUILT_IN_TEMPLATES } from "../../seeds/templates";
import { instantiateTemplate } from "../../server/domain/template-instantiation";

describe("built-in templates instantiated backwards from go-live", () => {
  for (const t of BUILT_IN_TEMPLATES) {
    it(`lands the go-live milestone of ${t.key} (${t.language}) on Wednesday 2027-03-10`, () => {
      const project = instantiateTemplate(t, { anchor: "golive", date: "2027-03-10", holidays: ["2027-01-01"] });
      const goLive = project.tasks.find((task) => task.key === t.goLiveTaskKey)!;
      expect([goLive.start, goLive.finish]).to.deep.equal(["2027-03-10", "2027-03-10"]);
      expect(project.kickoff < "2027-03-10").to.equal(true);
      expect(project.goLive).to.equal("2027-03-10");
      expect(project.warnings).to.deep.equal([]);
    });
  }
});
