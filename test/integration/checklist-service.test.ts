// Integration: ChecklistService on a fresh SQLite — done bookkeeping, positions, categories, project scoping.
import { expect } from "chai";
import type { DataSource } from "typeorm";
import { ChecklistCategory, ChecklistItem, type Member, type Phase, type Project } from "../../entities";
import { DomainError, NotFound } from "../../server/domain/errors";
import { ChecklistService } from "../../server/services/checklist-service";
import { freshDataSource } from "../support/db";
import { categoryOf, makeChecklistItem, makeMember, makeProject, phaseOf } from "../support/factories";
import { itemEditInput, rejectionOf } from "../support/more-factories";

const NOW = "2026-03-02T09:30:00.000Z";
const LATER = "2026-03-05T16:00:00.000Z";

describe("ChecklistService", () => {
  let ds: DataSource;
  let checklists: ChecklistService;
  let project: Project;
  let other: Project;
  let planning: Phase;
  let sara: Member;
  let reza: Member;

  beforeEach(async () => {
    ds = await freshDataSource();
    checklists = new ChecklistService(ds);
    project = await makeProject(ds);
    other = await makeProject(ds, { name: "Other rollout" });
    planning = await phaseOf(ds, project.id, "planning");
    sara = await makeMember(ds, project.id, { name: "Sara Ahmadi" });
    reza = await makeMember(ds, project.id, { name: "Reza Karimi" });
  });
  afterEach(() => ds.destroy());

  const reload = (id: number) => ds.getRepository(ChecklistItem).findOneByOrFail({ id });

  describe("toggle", () => {
    it("marks an item done now, by its owner, and clears all three when toggled back", async () => {
      const item = await makeChecklistItem(ds, project.id, { ownerId: sara.id });
      const done = await checklists.toggle(project.id, item.id, NOW);
      expect(done).to.include({ done: true, doneAt: NOW, doneById: sara.id });
      expect(await reload(item.id)).to.include({ done: true, doneAt: NOW, doneById: sara.id });
      await checklists.toggle(project.id, item.id, LATER);
      expect(await reload(item.id)).to.include({ done: false, doneAt: null, doneById: null });
    });

    it("reports another project's item as not found and leaves it alone", async () => {
      const foreign = await makeChecklistItem(ds, other.id);
      expect(await rejectionOf(checklists.toggle(project.id, foreign.id, NOW))).to.be.instanceOf(NotFound);
      expect(await reload(foreign.id)).to.include({ done: false, doneAt: null });
    });
  });

  describe("update", () => {
    it("records done now by the owner when no one else is named", async () => {
      const scope = await categoryOf(ds, project.id);
      const item = await makeChecklistItem(ds, project.id, { ownerId: sara.id });
      await checklists.update(project.id, item.id, itemEditInput(scope.id, { ownerId: sara.id, done: true }), NOW);
      expect(await reload(item.id)).to.include({ done: true, doneAt: NOW, doneById: sara.id });
    });

    it("keeps the first done time when a done item is saved again, and records who was named", async () => {
      const scope = await categoryOf(ds, project.id);
      const item = await makeChecklistItem(ds, project.id, { ownerId: sara.id, done: true, doneAt: NOW, doneById: sara.id });
      await checklists.update(project.id, item.id, itemEditInput(scope.id, { ownerId: sara.id, done: true, doneById: reza.id, text: "Edited" }), LATER);
      expect(await reload(item.id)).to.include({ text: "Edited", done: true, doneAt: NOW, doneById: reza.id });
    });

    it("clears done time and done-by when unticked, even if a done-by person is posted", async () => {
      const scope = await categoryOf(ds, project.id);
      const item = await makeChecklistItem(ds, project.id, { ownerId: sara.id, done: true, doneAt: NOW, doneById: sara.id });
      await checklists.update(project.id, item.id, itemEditInput(scope.id, { ownerId: sara.id, done: false, doneById: reza.id }), LATER);
      expect(await reload(item.id)).to.include({ done: false, doneAt: null, doneById: null });
    });

    it("saves the edited fields", async () => {
      const goals = await categoryOf(ds, project.id, "goals");
      const item = await makeChecklistItem(ds, project.id);
      await checklists.update(project.id, item.id, itemEditInput(goals.id, { text: "KPIs baselined", ownerId: reza.id, dueDate: "2026-04-01", note: "From BI" }), NOW);
      expect(await reload(item.id)).to.include({ text: "KPIs baselined", categoryId: goals.id, ownerId: reza.id, dueDate: "2026-04-01", note: "From BI", done: false });
    });

    it("refuses a done-by person, owner or category from another project and changes nothing", async () => {
      const scope = await categoryOf(ds, project.id);
      const foreignCategory = await categoryOf(ds, other.id);
      const stranger = await makeMember(ds, other.id, { name: "Stranger" });
      const item = await makeChecklistItem(ds, project.id, { ownerId: sara.id });
      const before = await reload(item.id);
      const cases: [ReturnType<typeof itemEditInput>, string, string][] = [
        [itemEditInput(scope.id, { text: "Changed", done: true, doneById: stranger.id }), "doneById", "errors.member"],
        [itemEditInput(scope.id, { text: "Changed", ownerId: stranger.id }), "ownerId", "errors.member"],
        [itemEditInput(foreignCategory.id, { text: "Changed" }), "categoryId", "errors.choice"],
      ];
      for (const [input, field, key] of cases) {
        const err = await rejectionOf(checklists.update(project.id, item.id, input, NOW));
        expect(err).to.be.instanceOf(DomainError);
        expect(err, field).to.include({ field, key });
        expect(await reload(item.id)).to.deep.equal(before);
      }
    });
  });

  describe("add", () => {
    it("appends items at the end of their phase, counted per phase and per project", async () => {
      const scope = await categoryOf(ds, project.id);
      const foundation = await phaseOf(ds, project.id, "foundation");
      await makeChecklistItem(ds, other.id, { position: 9 });
      const input = { text: "Item", categoryId: scope.id, ownerId: null, dueDate: null, note: "" };
      const a = await checklists.add(project.id, planning.id, input);
      const b = await checklists.add(project.id, planning.id, { ...input, ownerId: sara.id });
      const c = await checklists.add(project.id, foundation.id, input);
      expect([a.position, b.position, c.position]).to.deep.equal([1, 2, 1]);
      expect(await reload(b.id)).to.include({ ownerId: sara.id, done: false, doneAt: null, doneById: null, phaseId: planning.id });
      const listed = await checklists.items(project.id, planning.id);
      expect(listed.map((i) => [i.id, i.owner?.name ?? null])).to.deep.equal([
        [a.id, null],
        [b.id, "Sara Ahmadi"],
      ]);
    });

    it("refuses an owner from another project and saves nothing", async () => {
      const scope = await categoryOf(ds, project.id);
      const stranger = await makeMember(ds, other.id);
      const err = await rejectionOf(checklists.add(project.id, planning.id, { text: "Item", categoryId: scope.id, ownerId: stranger.id, dueDate: null, note: "" }));
      expect(err).to.include({ field: "ownerId", key: "errors.member" });
      expect(await ds.getRepository(ChecklistItem).count()).to.equal(0);
    });
  });

  describe("categories", () => {
    it("adds custom categories after the built-ins, refusing a duplicate name in any case but allowing it in another project", async () => {
      const cat = await checklists.addCategory(project.id, "Data migration");
      expect(cat).to.include({ builtinKey: null, name: "Data migration", position: 6 });
      const err = await rejectionOf(checklists.addCategory(project.id, "DATA migration"));
      expect(err).to.include({ key: "checklist.categoryExists", field: "name" });
      const theirs = await checklists.addCategory(other.id, "Data migration");
      expect(theirs.projectId).to.equal(other.id);
      expect((await checklists.categories(project.id)).map((c) => c.builtinKey ?? c.name)).to.deep.equal([
        "scope",
        "roles",
        "goals",
        "resources",
        "expectations",
        "Data migration",
      ]);
    });

    it("deletes an unused custom category but refuses one in use, a built-in, and another project's", async () => {
      const used = await checklists.addCategory(project.id, "Training");
      const unused = await checklists.addCategory(project.id, "Data migration");
      const theirs = await checklists.addCategory(other.id, "Theirs");
      await makeChecklistItem(ds, project.id, { categoryId: used.id });

      expect(await rejectionOf(checklists.deleteCategory(project.id, used.id))).to.include({ key: "checklist.categoryInUse" });
      expect(await rejectionOf(checklists.deleteCategory(project.id, (await categoryOf(ds, project.id)).id))).to.be.instanceOf(NotFound);
      expect(await rejectionOf(checklists.deleteCategory(project.id, theirs.id))).to.be.instanceOf(NotFound);
      await checklists.deleteCategory(project.id, unused.id);

      const left = await ds.getRepository(ChecklistCategory).find({ where: [{ id: used.id }, { id: unused.id }, { id: theirs.id }], order: { id: "ASC" } });
      expect(left.map((c) => c.name)).to.deep.equal(["Training", "Theirs"]);
    });
  });

  describe("delete", () => {
    it("deletes an item of the project and returns it with its phase; another project's item is not found", async () => {
      const item = await makeChecklistItem(ds, project.id);
      const foreign = await makeChecklistItem(ds, other.id);
      expect(await rejectionOf(checklists.delete(project.id, foreign.id))).to.be.instanceOf(NotFound);
      const deleted = await checklists.delete(project.id, item.id);
      expect(deleted.phase.kind).to.equal("planning");
      expect((await ds.getRepository(ChecklistItem).find()).map((i) => i.id)).to.deep.equal([foreign.id]);
    });
  });
});

describe("ChecklistService custom categories", () => {
  it("refuses a custom category named like a built-in one, in any case", async () => {
    const ds = await freshDataSource();
    try {
      const project = await makeProject(ds);
      const svc = new ChecklistService(ds);
      let error: unknown;
      try {
        await svc.addCategory(project.id, "scope");
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(DomainError);
      expect((error as DomainError).key).to.equal("checklist.categoryExists");
      const added = await svc.addCategory(project.id, "Data migration");
      expect(added.name).to.equal("Data migration");
    } finally {
      await ds.destroy();
    }
  });
});
