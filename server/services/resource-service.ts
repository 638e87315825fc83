// Resources of a project (people's time, budget lines, tools, environments): list, create, edit, delete,
// and the planned-vs-committed summary by kind and by unit.
import type { DataSource, EntityManager } from "typeorm";
import { Resource } from "../../entities";
import { DomainError, NotFound } from "../domain/errors";
import { RESOURCE_KINDS, type ResourceKind } from "../domain/types";
import { moneyIn, type MoneyDisplay } from "../domain/money";
import type { ResourceInput } from "../forms/resources";
import { assertMember } from "./guards";
import { diffFields, type Snapshot } from "../domain/diff";
import { memberNames, record, recordUpdate, systemClock, type Clock } from "./activity";

export interface ResourceRow {
  resource: Resource;
  /** Committed as a rounded percent of planned; null when nothing is planned. */
  share: number | null;
}

export interface ResourceSummary {
  /** One group per kind that has resources, in the fixed kind order. */
  groups: { kind: ResourceKind; rows: ResourceRow[] }[];
  /** Planned and committed summed per unit (amounts in different units never mix), units sorted. */
  totals: { unit: string; planned: number; committed: number; share: number | null }[];
}

/** Committed as a rounded percent of planned, or null when nothing is planned. */
export function committedShare(planned: number, committed: number): number | null {
  return planned > 0 ? Math.round((committed / planned) * 100) : null;
}

/** Groups resources by kind and totals them per unit. Linear in the number of resources. */
export function summariseResources(resources: readonly Resource[]): ResourceSummary {
  const byKind = new Map<string, ResourceRow[]>();
  const byUnit = new Map<string, { planned: number; committed: number }>();
  for (const resource of resources) {
    const rows = byKind.get(resource.kind) ?? [];
    rows.push({ resource, share: committedShare(resource.planned, resource.committed) });
    byKind.set(resource.kind, rows);
    const total = byUnit.get(resource.unit) ?? { planned: 0, committed: 0 };
    total.planned += resource.planned;
    total.committed += resource.committed;
    byUnit.set(resource.unit, total);
  }
  return {
    groups: RESOURCE_KINDS.filter((k) => byKind.has(k)).map((kind) => ({ kind, rows: byKind.get(kind)! })),
    totals: [...byUnit.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([unit, t]) => ({ unit, ...t, share: committedShare(t.planned, t.committed) })),
  };
}

export class ResourceService {
  constructor(
    private readonly ds: DataSource,
    private readonly now: Clock = systemClock,
  ) {}

  /** The project's resources with their people, ordered by name. */
  async list(projectId: number): Promise<Resource[]> {
    return this.ds.getRepository(Resource).find({ where: { projectId }, relations: { member: true }, order: { name: "ASC", id: "ASC" } });
  }

  /** The list grouped by kind with totals per unit. */
  /** The summary with rial and toman amounts shown in `money` (the reader's preference). */
  async summary(projectId: number, money?: { display: MoneyDisplay; labels: { rial: string; toman: string } }): Promise<ResourceSummary> {
    const list = await this.list(projectId);
    if (!money || money.display === "as-entered") return summariseResources(list);
    return summariseResources(
      list.map((r) => {
        const planned = moneyIn(r.planned, r.unit, money.display, money.labels);
        const committed = moneyIn(r.committed, r.unit, money.display, money.labels);
        return Object.assign(Object.create(Object.getPrototypeOf(r)) as Resource, r, { planned: planned.amount, committed: committed.amount, unit: planned.unit });
      }),
    );
  }

  /** The resource if it belongs to the project, else NotFound. */
  async get(projectId: number, id: number): Promise<Resource> {
    const resource = await this.ds.getRepository(Resource).findOne({ where: { id, projectId } });
    if (!resource) throw new NotFound("resource");
    return resource;
  }

  async create(projectId: number, input: ResourceInput): Promise<Resource> {
    return this.ds.transaction(async (m) => {
      await this.check(m, projectId, input);
      const repo = m.getRepository(Resource);
      const resource = await repo.save(repo.create({ projectId, ...input }));
      await record(m, { projectId, at: this.now(), subjectType: "resource", subjectId: resource.id, subjectLabel: resource.name, action: "created" });
      return resource;
    });
  }

  async update(projectId: number, id: number, input: ResourceInput): Promise<Resource> {
    return this.ds.transaction(async (m) => {
      const resource = await this.find(m, projectId, id);
      await this.check(m, projectId, input);
      const fieldsOf = await resourceFields(m, projectId);
      const before = fieldsOf(resource);
      Object.assign(resource, input);
      await m.getRepository(Resource).save(resource);
      await recordUpdate(m, { projectId, at: this.now(), subjectType: "resource", subjectId: id, subjectLabel: resource.name }, diffFields(before, fieldsOf(resource)));
      return resource;
    });
  }

  async delete(projectId: number, id: number): Promise<Resource> {
    return this.ds.transaction(async (m) => {
      const resource = await this.find(m, projectId, id);
      await m.getRepository(Resource).delete({ id, projectId });
      await record(m, { projectId, at: this.now(), subjectType: "resource", subjectId: id, subjectLabel: resource.name, action: "deleted" });
      return resource;
    });
  }

  /** Only people's time names a person, and that person must be on the project. */
  private async check(m: EntityManager, projectId: number, input: ResourceInput): Promise<void> {
    if (input.memberId !== null && input.kind !== "people") throw new DomainError("resources.errors.memberKind", {}, "memberId");
    await assertMember(m, projectId, input.memberId, "memberId");
  }

  private async find(m: EntityManager, projectId: number, id: number): Promise<Resource> {
    const resource = await m.getRepository(Resource).findOne({ where: { id, projectId } });
    if (!resource) throw new NotFound("resource");
    return resource;
  }
}

/** A resource's logged fields, the person by name. */
async function resourceFields(m: EntityManager, projectId: number): Promise<(r: Resource) => Snapshot> {
  const memberName = await memberNames(m, projectId);
  return (r) => ({ kind: r.kind, name: r.name, member: memberName(r.memberId), unit: r.unit, planned: r.planned, committed: r.committed, notes: r.notes });
}
