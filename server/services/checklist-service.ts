// Checklist items and categories: add, edit, one-click toggle, delete; custom categories.
import type { DataSource, EntityManager } from "typeorm";
import { ChecklistCategory, ChecklistItem } from "../../entities";
import { DomainError, NotFound } from "../domain/errors";
import type { ChecklistItemEditInput, ChecklistItemInput } from "../forms/checklists";
import { assertMember } from "./guards";
import { LOCALES, translate } from "../i18n";
import { diffFields, type Snapshot } from "../domain/diff";
import { memberNames, record, recordUpdate, systemClock, type Clock } from "./activity";
import { deleteComments } from "./comment-service";

const builtinLabels = (key: string) => LOCALES.map((l) => translate(l, `checklist.category.${key}`));

export class ChecklistService {
  constructor(
    private readonly ds: DataSource,
    private readonly now: Clock = systemClock,
  ) {}

  async categories(projectId: number): Promise<ChecklistCategory[]> {
    return this.ds.getRepository(ChecklistCategory).find({ where: { projectId }, order: { position: "ASC", id: "ASC" } });
  }

  /** Items of one phase (or the whole project) with owner and done-by members loaded. */
  async items(projectId: number, phaseId?: number): Promise<ChecklistItem[]> {
    return this.ds.getRepository(ChecklistItem).find({
      where: phaseId === undefined ? { projectId } : { projectId, phaseId },
      relations: { owner: true, doneBy: true },
      order: { position: "ASC", id: "ASC" },
    });
  }

  async get(projectId: number, itemId: number): Promise<ChecklistItem> {
    const item = await this.ds.getRepository(ChecklistItem).findOne({ where: { id: itemId, projectId }, relations: { phase: true } });
    if (!item) throw new NotFound("checklist item");
    return item;
  }

  async add(projectId: number, phaseId: number, input: ChecklistItemInput): Promise<ChecklistItem> {
    return this.ds.transaction(async (m) => {
      await this.assertRefs(m, projectId, input);
      const repo = m.getRepository(ChecklistItem);
      const last = await repo.findOne({ where: { projectId, phaseId }, order: { position: "DESC" } });
      const item = await repo.save(
        repo.create({ projectId, phaseId, ...input, done: false, doneById: null, doneAt: null, position: (last?.position ?? 0) + 1 }),
      );
      await record(m, { projectId, at: this.now(), subjectType: "checklist_item", subjectId: item.id, subjectLabel: item.text, action: "created" });
      return item;
    });
  }

  async update(projectId: number, itemId: number, input: ChecklistItemEditInput, now: string): Promise<ChecklistItem> {
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(ChecklistItem);
      const item = await repo.findOne({ where: { id: itemId, projectId } });
      if (!item) throw new NotFound("checklist item");
      await this.assertRefs(m, projectId, input);
      await assertMember(m, projectId, input.doneById, "doneById");
      const snapshot = await this.snapshotter(m, projectId);
      const before = snapshot(item);
      const { done, doneById, ...rest } = input;
      Object.assign(item, rest);
      if (done && !item.done) item.doneAt = now;
      if (!done) item.doneAt = null;
      item.done = done;
      item.doneById = done ? (doneById ?? item.ownerId) : null;
      await repo.save(item);
      const entry = { projectId, at: now, subjectType: "checklist_item", subjectId: item.id, subjectLabel: item.text } as const;
      await recordUpdate(m, entry, diffFields(before, snapshot(item)));
      return item;
    });
  }

  /** Flips the done flag; done records the owner as who ticked it (until accounts exist) and when. */
  async toggle(projectId: number, itemId: number, now: string): Promise<ChecklistItem> {
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(ChecklistItem);
      const item = await repo.findOne({ where: { id: itemId, projectId } });
      if (!item) throw new NotFound("checklist item");
      item.done = !item.done;
      item.doneAt = item.done ? now : null;
      item.doneById = item.done ? item.ownerId : null;
      await repo.save(item);
      const action = item.done ? "toggled_done" : "toggled_open";
      await record(m, { projectId, at: now, subjectType: "checklist_item", subjectId: item.id, subjectLabel: item.text, action });
      return item;
    });
  }

  async delete(projectId: number, itemId: number): Promise<ChecklistItem> {
    return this.ds.transaction(async (m) => {
      const item = await m.getRepository(ChecklistItem).findOne({ where: { id: itemId, projectId }, relations: { phase: true } });
      if (!item) throw new NotFound("checklist item");
      await m.getRepository(ChecklistItem).delete({ id: itemId });
      await deleteComments(m, projectId, "checklist_item", [itemId]);
      await record(m, { projectId, at: this.now(), subjectType: "checklist_item", subjectId: itemId, subjectLabel: item.text, action: "deleted" });
      return item;
    });
  }

  /** Adds a custom category; names are unique per project, ignoring case. */
  async addCategory(projectId: number, name: string): Promise<ChecklistCategory> {
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(ChecklistCategory);
      const existing = await repo.find({ where: { projectId } });
      const wanted = name.toLocaleLowerCase();
      // A custom name may not repeat another category's, nor a built-in's label in any language.
      const taken = existing.flatMap((c) => (c.builtinKey ? builtinLabels(c.builtinKey) : [c.name]));
      if (taken.some((label) => label.toLocaleLowerCase() === wanted)) {
        throw new DomainError("checklist.categoryExists", {}, "name");
      }
      const position = Math.max(0, ...existing.map((c) => c.position)) + 1;
      const category = await repo.save(repo.create({ projectId, builtinKey: null, name, position }));
      await record(m, { projectId, at: this.now(), subjectType: "category", subjectId: category.id, subjectLabel: name, action: "created" });
      return category;
    });
  }

  /** Deletes a custom category that has no items; built-ins cannot be deleted. */
  async deleteCategory(projectId: number, categoryId: number): Promise<void> {
    await this.ds.transaction(async (m) => {
      const cat = await m.getRepository(ChecklistCategory).findOne({ where: { id: categoryId, projectId } });
      if (!cat || cat.builtinKey !== null) throw new NotFound("category");
      const used = await m.getRepository(ChecklistItem).count({ where: { categoryId } });
      if (used > 0) throw new DomainError("checklist.categoryInUse");
      await m.getRepository(ChecklistCategory).delete({ id: categoryId });
      await record(m, { projectId, at: this.now(), subjectType: "category", subjectId: categoryId, subjectLabel: cat.name, action: "deleted" });
    });
  }

  /** An item's logged fields, with category and people by name (built-in categories by key). */
  private async snapshotter(m: EntityManager, projectId: number): Promise<(item: ChecklistItem) => Snapshot> {
    const [categories, memberName] = await Promise.all([m.getRepository(ChecklistCategory).find({ where: { projectId } }), memberNames(m, projectId)]);
    const categoryOf = new Map(categories.map((c) => [c.id, c.builtinKey ?? c.name]));
    return (item) => ({
      text: item.text,
      category: categoryOf.get(item.categoryId) ?? null,
      owner: memberName(item.ownerId),
      dueDate: item.dueDate,
      note: item.note,
      done: item.done,
      doneBy: memberName(item.doneById),
    });
  }

  private async assertRefs(m: EntityManager, projectId: number, input: { categoryId: number; ownerId: number | null }): Promise<void> {
    const cat = await m.getRepository(ChecklistCategory).exist({ where: { id: input.categoryId, projectId } });
    if (!cat) throw new DomainError("errors.choice", {}, "categoryId");
    await assertMember(m, projectId, input.ownerId, "ownerId");
  }
}
