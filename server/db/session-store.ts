// express-session store on the app's database: sessions survive restarts and are shared by every process.
import session from "express-session";
import { LessThan, type DataSource } from "typeorm";
import { Session } from "../../entities";

const DAY_MS = 86_400_000;

export class TypeormSessionStore extends session.Store {
  private lastSweep = 0;

  constructor(private readonly ds: DataSource) {
    super();
  }

  private expiryOf(sess: session.SessionData): number {
    const cookieExpiry = sess.cookie?.expires ? new Date(sess.cookie.expires).getTime() : NaN;
    return Number.isFinite(cookieExpiry) ? cookieExpiry : Date.now() + DAY_MS;
  }

  get(sid: string, cb: (err: unknown, session?: session.SessionData | null) => void): void {
    this.ds
      .getRepository(Session)
      .findOne({ where: { sid } })
      .then((row) => {
        if (!row || Number(row.expiresAt) < Date.now()) return cb(null, null);
        cb(null, JSON.parse(row.data) as session.SessionData);
      })
      .catch((err) => cb(err));
  }

  set(sid: string, sess: session.SessionData, cb?: (err?: unknown) => void): void {
    this.ds
      .getRepository(Session)
      .save({ sid, expiresAt: String(this.expiryOf(sess)), data: JSON.stringify(sess) })
      .then(() => this.sweep())
      .then(() => cb?.())
      .catch((err) => cb?.(err));
  }

  touch(sid: string, sess: session.SessionData, cb?: (err?: unknown) => void): void {
    this.ds
      .getRepository(Session)
      .update({ sid }, { expiresAt: String(this.expiryOf(sess)) })
      .then(() => cb?.())
      .catch((err) => cb?.(err));
  }

  destroy(sid: string, cb?: (err?: unknown) => void): void {
    this.ds
      .getRepository(Session)
      .delete({ sid })
      .then(() => cb?.())
      .catch((err) => cb?.(err));
  }

  /** Deletes expired sessions at most once an hour. */
  private async sweep(): Promise<void> {
    const now = Date.now();
    if (now - this.lastSweep < 3_600_000) return;
    this.lastSweep = now;
    await this.ds.getRepository(Session).delete({ expiresAt: LessThan(String(now)) });
  }
}
