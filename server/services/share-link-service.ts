// Share links: create (the token is returned once, only its SHA-256 is stored), list, revoke, and resolve a
// token from a public URL to its live link (recording its use at most once an hour).
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { DataSource } from "typeorm";
import { IsNull, LessThan, Or } from "typeorm";
import { ShareLink } from "../../entities";
import { NotFound } from "../domain/errors";
import type { ShareInput } from "../forms/share";

export const SHARE_STATUSES = ["active", "expired", "revoked"] as const;
export type ShareStatus = (typeof SHARE_STATUSES)[number];

/** A token is 32 random bytes in base64url: 43 characters of A–Z, a–z, 0–9, "-" and "_". */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const USE_RECORD_INTERVAL_MS = 3_600_000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Revoked once revoked; expired after its last day (expiresAt is inclusive); else active. */
export function shareStatus(link: Pick<ShareLink, "revokedAt" | "expiresAt">, today: string): ShareStatus {
  if (link.revokedAt !== null) return "revoked";
  if (link.expiresAt !== null && link.expiresAt < today) return "expired";
  return "active";
}

export class ShareLinkService {
  constructor(private readonly ds: DataSource) {}

  /** The project's links, newest first, with their status on `today`. */
  async list(projectId: number, today: string): Promise<{ link: ShareLink; status: ShareStatus }[]> {
    const links = await this.ds.getRepository(ShareLink).find({ where: { projectId }, order: { createdAt: "DESC", id: "DESC" } });
    return links.map((link) => ({ link, status: shareStatus(link, today) }));
  }

  async get(projectId: number, id: number): Promise<ShareLink> {
    const link = await this.find(projectId, id);
    if (!link) throw new NotFound("shareLink");
    return link;
  }

  /** The link, or null when the project has no such link. */
  async find(projectId: number, id: number): Promise<ShareLink | null> {
    return this.ds.getRepository(ShareLink).findOne({ where: { id, projectId } });
  }

  /** True when the token is the link's (compared in constant time). */
  matches(link: Pick<ShareLink, "tokenHash">, token: string): boolean {
    const a = Buffer.from(hashToken(token), "hex");
    const b = Buffer.from(link.tokenHash, "hex");
    return a.length === b.length && timingSafeEqual(a, b);
  }

  /** Creates a link with a fresh 256-bit token; the token is in the result and nowhere else. */
  async create(projectId: number, input: ShareInput, now: string): Promise<{ link: ShareLink; token: string }> {
    const token = randomBytes(32).toString("base64url");
    const repo = this.ds.getRepository(ShareLink);
    const link = await repo.save(
      repo.create({
        projectId,
        label: input.label,
        tokenHash: hashToken(token),
        locale: input.locale,
        expiresAt: input.expiresAt,
        revokedAt: null,
        createdAt: now,
        lastUsedAt: null,
      }),
    );
    return { link, token };
  }

  /** Revokes the link (a second revocation keeps the first date). */
  async revoke(projectId: number, id: number, now: string): Promise<ShareLink> {
    const link = await this.get(projectId, id);
    if (link.revokedAt === null) {
      link.revokedAt = now;
      await this.ds.getRepository(ShareLink).update({ id: link.id }, { revokedAt: now });
    }
    return link;
  }

  /**
   * The live link a token opens, or null when the token is malformed, unknown, revoked or expired (the
   * caller answers all four the same way). The lookup is by the token's hash: an attacker cannot choose
   * hashes, so the index lookup's timing says nothing about valid tokens.
   */
  async resolve(token: string, today: string, now: string): Promise<ShareLink | null> {
    if (!TOKEN_PATTERN.test(token)) return null;
    const repo = this.ds.getRepository(ShareLink);
    const link = await repo.findOne({ where: { tokenHash: hashToken(token) } });
    if (!link || shareStatus(link, today) !== "active") return null;
    const cutoff = new Date(Date.parse(now) - USE_RECORD_INTERVAL_MS).toISOString();
    if (link.lastUsedAt === null || link.lastUsedAt < cutoff) {
      // Conditional, so concurrent views within the hour write once.
      await repo.update({ id: link.id, lastUsedAt: Or(IsNull(), LessThan(cutoff)) }, { lastUsedAt: now });
      link.lastUsedAt = now;
    }
    return link;
  }
}
