// The activity recorder: every write command calls record() inside its own transaction, so a change and
// its log entry commit (or roll back) together. Also the clock services read, injected by createApp.
import type { EntityManager } from "typeorm";
import { ActivityEntry, Member } from "../../entities";
import type { ActivityAction, ActivitySubjectType } from "../domain/types";
import { compactValue, type FieldChange } from "../domain/diff";
import { currentActor } from "./current-actor";

/** The current instant as an ISO timestamp. */
export type Clock = () => string;

/** The wall clock, for services built without an injected one. */
export const systemClock: Clock = () => new Date().toISOString();

export interface ActivityInput {
  projectId: number;
  /** ISO timestamp of the change. */
  at: string;
  subjectType: ActivitySubjectType;
  subjectId: number | null;
  /** The record's name or text now, kept so the entry reads well after the record is gone. */
  subjectLabel: string;
  action: ActivityAction;
  changes?: FieldChange[];
  /** Who did it; defaults to the signed-in user of the request (null / '' outside one). */
  actorUserId?: number | null;
  actorName?: string;
}

/** Writes one log entry with the command's entity manager (inside its transaction). */
export async function record(m: EntityManager, entry: ActivityInput): Promise<void> {
  await m.getRepository(ActivityEntry).insert({
    projectId: entry.projectId,
    at: entry.at,
    actorUserId: entry.actorUserId ?? currentActor()?.userId ?? null,
    actorName: entry.actorName ?? currentActor()?.name ?? "",
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    subjectLabel: String(compactValue(entry.subjectLabel, 300) ?? ""),
    action: entry.action,
    changes: JSON.stringify(entry.changes ?? []),
  });
}

/** Records an "updated" entry with the changes, or nothing when no field changed. */
export async function recordUpdate(m: EntityManager, entry: Omit<ActivityInput, "action" | "changes">, changes: FieldChange[]): Promise<void> {
  if (changes.length) await record(m, { ...entry, action: "updated", changes });
}

/** Looks up the project's member names once: id → name (null for no member). */
export async function memberNames(m: EntityManager, projectId: number): Promise<(id: number | null) => string | null> {
  const members = await m.getRepository(Member).find({ where: { projectId }, select: { id: true, name: true } });
  const byId = new Map(members.map((p) => [p.id, p.name]));
  return (id) => (id === null ? null : (byId.get(id) ?? `#${id}`));
}
