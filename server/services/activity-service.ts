// Reading the activity log: a project's entries newest first (filtered, paged) and one record's history.
import type { DataSource } from "typeorm";
import { ActivityEntry } from "../../entities";
import { addCalendarDays } from "../domain/dates";
import type { FieldChange } from "../domain/diff";
import type { ActivityFilter } from "../forms/activity";

export const ACTIVITY_PAGE_SIZE = 50;
export const HISTORY_SIZE = 20;

export interface ActivityRow {
  entry: ActivityEntry;
  changes: FieldChange[];
}

export interface ActivityPage {
  rows: ActivityRow[];
  /** Entries matching the filter, over all pages. */
  total: number;
  /** The page shown (the requested one, at most the last). */
  page: number;
  pages: number;
}

export class ActivityService {
  constructor(private readonly ds: DataSource) {}

  /** One page of the project's entries matching the filter, newest first, in two queries. */
  async page(projectId: number, filter: ActivityFilter, page: number, perPage = ACTIVITY_PAGE_SIZE): Promise<ActivityPage> {
    const qb = this.ds.getRepository(ActivityEntry).createQueryBuilder("a").where("a.projectId = :projectId", { projectId });
    if (filter.subjectType) qb.andWhere("a.subjectType = :subjectType", { subjectType: filter.subjectType });
    if (filter.action) qb.andWhere("a.action = :action", { action: filter.action });
    // Timestamps are ISO strings, so day bounds compare as text: [from, the day after to).
    if (filter.from) qb.andWhere("a.at >= :from", { from: filter.from });
    if (filter.to) qb.andWhere("a.at < :until", { until: addCalendarDays(filter.to, 1) });
    const total = await qb.getCount();
    const pages = Math.max(1, Math.ceil(total / perPage));
    const shown = Math.min(Math.max(1, page), pages);
    const entries = await qb
      .orderBy("a.at", "DESC")
      .addOrderBy("a.id", "DESC")
      .skip((shown - 1) * perPage)
      .take(perPage)
      .getMany();
    return { rows: entries.map(rowOf), total, page: shown, pages };
  }

  /** The record's latest entries, newest first. */
  async history(projectId: number, subjectType: string, subjectId: number, limit = HISTORY_SIZE): Promise<ActivityRow[]> {
    const entries = await this.ds.getRepository(ActivityEntry).find({
      where: { projectId, subjectType, subjectId },
      order: { at: "DESC", id: "DESC" },
      take: limit,
    });
    return entries.map(rowOf);
  }
}

function rowOf(entry: ActivityEntry): ActivityRow {
  return { entry, changes: parseChanges(entry.changes) };
}

/** The stored JSON list of changes; anything unreadable counts as none. */
function parseChanges(json: string): FieldChange[] {
  try {
    const list: unknown = JSON.parse(json);
    return Array.isArray(list) ? list.filter((c): c is FieldChange => typeof c === "object" && c !== null && typeof c.field === "string") : [];
  } catch {
    return [];
  }
}
