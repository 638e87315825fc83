// Conformance with MS Project on the real sample schedules in ../shared/mspdi (skipped when absent):
// our scheduler must date every leaf task of the whole-day files exactly as MS Project did, directly and
// after a full import into the database.
import { expect } from "chai";
import fs from "node:fs";
import path from "node:path";
import type { DataSource } from "typeorm";
import { Task, TaskLink } from "../../entities";
import { readMspdi } from "../../server/domain/mspdi";
import { ImportService } from "../../server/services/import-service";
import { decodeXmlBytes, parseMspdiXml } from "../../server/services/mspdi-xml";
import { freshDataSource } from "../support/db";
import { conformanceOf, formatConformance, MSPDI_DIR, TOLERANCE_FILES, WHOLE_DAY_FILES } from "../support/conformance";

describe("MS Project conformance on the sample MSPDI files", function () {
  before(function () {
    if (!fs.existsSync(MSPDI_DIR)) this.skip();
  });

  describe("the scheduler on the imported plan", () => {
    for (const file of WHOLE_DAY_FILES) {
      it(`dates every leaf task of ${file} as MS Project did (early/late dates, total slack, critical)`, () => {
        const report = conformanceOf(file);
        expect(report.leafTasks).to.be.greaterThan(0);
        expect(report.mismatches, formatConformance([report])).to.deep.equal([]);
        expect(report.matchRate).to.equal(1);
      });
    }

    for (const file of TOLERANCE_FILES) {
      it(`reads ${file} (half-day tasks, percent lags) with rounding warnings; its match rate is reported, not asserted`, () => {
        const report = conformanceOf(file);
        expect(report.leafTasks).to.be.greaterThan(0);
        expect(report.warnings).to.be.greaterThan(0);
        console.log(`      ${file}: ${report.matchingTasks}/${report.leafTasks} leaf tasks match (${(report.matchRate * 100).toFixed(1)} %)`);
      });
    }
  });

  describe("a full import into the database", () => {
    let ds: DataSource;
    beforeEach(async () => {
      ds = await freshDataSource();
    });
    afterEach(() => ds.destroy());

    for (const file of WHOLE_DAY_FILES) {
      it(`stores MS Project's dates for every leaf task of ${file}`, async () => {
        const bytes = fs.readFileSync(path.join(MSPDI_DIR, file));
        const plan = readMspdi(parseMspdiXml(decodeXmlBytes(bytes)));
        const result = await new ImportService(ds).importMspdi({ bytes, fileName: file }, { name: "", phase: "planning" });
        const tasks = await ds.getRepository(Task).find({ where: { projectId: result.projectId } });
        expect(tasks).to.have.length(plan.tasks.length);
        expect(await ds.getRepository(TaskLink).count({ where: { projectId: result.projectId } })).to.equal(plan.links.length);
        const byUid = new Map(tasks.map((t) => [t.importUid, t]));
        const wrong = plan.tasks
          .filter((t) => !t.summary)
          .flatMap((t) => {
            const row = byUid.get(t.uid)!;
            const e = t.expected;
            const got = [row.earlyStart, row.earlyFinish, row.lateStart, row.lateFinish, row.totalSlack, row.critical];
            const want = [e.earlyStart, e.earlyFinish, e.lateStart, e.lateFinish, e.totalSlackDays, e.critical];
            return JSON.stringify(got) === JSON.stringify(want) ? [] : [`UID ${t.uid} ${t.name}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`];
          });
        expect(wrong).to.deep.equal([]);
      });
    }
  });
});
