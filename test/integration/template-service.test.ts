// The template library service against a real database: built-ins seeded by stable key (idempotent,
// updated when the code's copy changes), imports that write nothing on any problem, drafts published
// as the next version in one transaction.
import { expect } from "chai";
import type { DataSource } from "typeorm";
import { Project, Task, Template } from "../../entities";
import { BUILT_IN_TEMPLATES } from "../../seeds/templates";
import { serializeTemplate, type ProjectTemplate } from "../../server/domain/template-format";
import { TemplateService } from "../../server/services/template-service";
import { ProjectService } from "../../server/services/project-service";
import { freshDataSource } from "../support/db";
import { makeTestAdmin } from "../support/app";

const NOW = () => "2026-03-02T09:00:00.000Z";

describe("TemplateService", () => {
  let ds: DataSource;
  let templates: TemplateService;
  let userId: number;
  beforeEach(async () => {
    ds = await freshDataSource();
    userId = (await makeTestAdmin(ds)).id;
    templates = new TemplateService(ds, NOW);
  });
  afterEach(() => ds.destroy());

  describe("seeding the built-ins", () => {
    it("inserts each once by key and language, and a second run changes nothing", async () => {
      expect(await templates.seedBuiltIns(BUILT_IN_TEMPLATES)).to.deep.equal({ created: 6, updated: 0 });
      const first = await ds.getRepository(Template).find({ order: { id: "ASC" } });
      expect(first.map((r) => `${r.key}:${r.language}`)).to.have.members(BUILT_IN_TEMPLATES.map((t) => `${t.key}:${t.language}`));
      expect(first.every((r) => r.builtIn)).to.equal(true);
      expect(await templates.seedBuiltIns(BUILT_IN_TEMPLATES)).to.deep.equal({ created: 0, updated: 0 });
      const second = await ds.getRepository(Template).find({ order: { id: "ASC" } });
      expect(second.map((r) => [r.id, r.document])).to.deep.equal(first.map((r) => [r.id, r.document]));
    });

    it("updates a built-in in place when the code's copy changes, and never downgrades it", async () => {
      await templates.seedBuiltIns(BUILT_IN_TEMPLATES);
      const original = BUILT_IN_TEMPLATES[0];
      const row = await ds.getRepository(Template).findOneByOrFail({ key: original.key, language: original.language });
      const newer: ProjectTemplate = { ...original, version: original.version + 1, description: "Now with more." };
      expect(await templates.seedBuiltIns([newer])).to.deep.equal({ created: 0, updated: 1 });
      const updated = await ds.getRepository(Template).findOneByOrFail({ id: row.id });
      expect(updated.version).to.equal(original.version + 1);
      expect(updated.document).to.equal(serializeTemplate(newer));
      // An older copy (e.g. an older build started against this database) leaves it alone.
      expect(await templates.seedBuiltIns([original])).to.deep.equal({ created: 0, updated: 0 });
      expect((await ds.getRepository(Template).findOneByOrFail({ id: row.id })).version).to.equal(original.version + 1);
    });
  });

  describe("importing a file", () => {
    it("writes nothing for an invalid file and reports every problem", async () => {
      const doc = JSON.parse(serializeTemplate({ ...BUILT_IN_TEMPLATES[0], key: "broken" }));
      doc.tasks[3].predecessors = [{ task: "FD-99", type: "FS", lagDays: 0 }];
      doc.kind = "huge";
      doc.extra = true;
      const outcome = await templates.importFile(JSON.stringify(doc), null);
      expect(outcome.ok).to.equal(false);
      if (outcome.ok) return;
      expect(outcome.problems.map((p) => p.path)).to.include.members(["tasks[3].predecessors[0].task", "kind", "extra"]);
      expect(await ds.getRepository(Template).count()).to.equal(0);
    });

    it("accepts a byte-order mark and keeps the canonical bytes", async () => {
      const text = serializeTemplate({ ...BUILT_IN_TEMPLATES[1], key: "with-bom" });
      const outcome = await templates.importFile(`\uFEFF${text}`, null);
      expect(outcome.ok && outcome.status).to.equal("created");
      const stored = await templates.findByKey("with-bom", BUILT_IN_TEMPLATES[1].language);
      expect(stored!.document).to.equal(text);
    });
  });

  describe("drafts", () => {
    for (const source of BUILT_IN_TEMPLATES)
    it(`opens one draft of a copy of ${source.key} (${source.language}), publishes it unchanged as the next version and removes the draft`, async () => {
      await templates.seedBuiltIns([source]);
      const builtIn = (await templates.list())[0];
      const copy = await templates.clone(builtIn.id, "My copy", userId);
      const draftId = await templates.openDraft(copy.id, "2026-03-02", userId);
      expect(await templates.openDraft(copy.id, "2026-03-02", userId)).to.equal(draftId);
      const draft = await ds.getRepository(Project).findOneByOrFail({ id: draftId });
      expect(draft.draftOfTemplateId).to.equal(copy.id);
      expect(draft.templateKey).to.equal(null);
      // Unchanged draft: the published document differs from the copy only in its version.
      const published = await templates.publishDraft(copy.id, userId);
      expect(published.version).to.equal(2);
      const after = await templates.get(copy.id);
      expect(serializeTemplate({ ...after.template, version: 1 })).to.equal(serializeTemplate({ ...source, key: copy.key, name: "My copy", version: 1 }));
      expect(await ds.getRepository(Project).exists({ where: { id: draftId } })).to.equal(false);
      expect(await ds.getRepository(Task).count({ where: { projectId: draftId } })).to.equal(0);
    });

    it("forgets the draft when the draft project is deleted from its settings", async () => {
      await templates.seedBuiltIns([BUILT_IN_TEMPLATES[0]]);
      const copy = await templates.clone((await templates.list())[0].id, "My copy", userId);
      const draftId = await templates.openDraft(copy.id, "2026-03-02", userId);
      await new ProjectService(ds).delete(draftId);
      expect((await templates.get(copy.id)).draftProjectId).to.equal(null);
      expect(await templates.openDraft(copy.id, "2026-03-02", userId)).to.not.equal(draftId);
    });

    it("refuses to edit a built-in", async () => {
      await templates.seedBuiltIns([BUILT_IN_TEMPLATES[0]]);
      const builtIn = (await templates.list())[0];
      let error: unknown;
      try {
        await templates.openDraft(builtIn.id, "2026-03-02", userId);
      } catch (e) {
        error = e;
      }
      expect((error as { key?: string }).key).to.equal("templates.errors.builtInReadOnly");
      expect(await ds.getRepository(Project).count()).to.equal(0);
    });
  });
});
