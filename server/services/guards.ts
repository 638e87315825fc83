// Checks that referenced records belong to the project; a foreign id is a field error, not a 500.
import type { EntityManager } from "typeorm";
import { Member } from "../../entities";
import { DomainError } from "../domain/errors";

/** Throws a field error unless memberId is null or a member of the project. */
export async function assertMember(m: EntityManager, projectId: number, memberId: number | null, field: string): Promise<void> {
  if (memberId === null) return;
  const found = await m.getRepository(Member).exist({ where: { id: memberId, projectId } });
  if (!found) throw new DomainError("errors.member", {}, field);
}
