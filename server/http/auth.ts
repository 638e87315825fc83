// Sessions (in the database), the signed-in user, CSRF tokens on every POST, and the gate that sends
// anonymous visitors to the sign-in page. Routes that need no account are listed in PUBLIC_PATHS.
import type { Express, NextFunction, Request, RequestHandler, Response } from "express";
import session from "express-session";
import { csrfSync } from "csrf-sync";
import type { DataSource } from "typeorm";
import type { User } from "../../entities";
import { TypeormSessionStore } from "../db/session-store";
import { runAs } from "../services/current-actor";
import { HttpError } from "./errors";
import type { Services } from "../services";

declare module "express-session" {
  interface SessionData {
    userId?: number;
  }
}

/** Paths anyone may reach: sign-in, first-run setup, share links, static files, health. */
const PUBLIC_PATHS = [/^\/login$/, /^\/setup$/, /^\/s\//, /^\/public\//, /^\/health$/];

export interface AuthOptions {
  dataSource: DataSource;
  services: Services;
  secret: string;
  /** Secure cookies (behind TLS). */
  secureCookies: boolean;
  /**
   * Tests only: act as this user on every request, without a session or CSRF token. Production never
   * passes it (server/main.ts); the auth, CSRF and route × role tests run without it.
   */
  trustedTestUser?: User;
}

export class ForbiddenError extends HttpError {
  constructor() {
    super(403, "error.forbidden.title", "error.forbidden.body");
  }
}

export function installAuth(app: Express, opts: AuthOptions): void {
  if (opts.trustedTestUser) {
    const trusted = opts.trustedTestUser;
    app.use(async (_req, res, next) => {
      // Read afresh, so a test that changes the user's profile sees the change.
      const user = (await opts.services.users.get(trusted.id)) ?? trusted;
      res.locals.user = user;
      res.locals.csrfToken = "";
      runAs({ userId: user.id, name: user.name }, next);
    });
    app.use(firstRunGate(opts.services));
    return;
  }
  app.use(
    session({
      name: "crm.sid",
      secret: opts.secret,
      store: new TypeormSessionStore(opts.dataSource),
      resave: false,
      saveUninitialized: false,
      rolling: true,
      cookie: { httpOnly: true, sameSite: "lax", secure: opts.secureCookies, maxAge: 14 * 86_400_000 },
    }),
  );
  const { csrfSynchronisedProtection, generateToken } = csrfSync({
    getTokenFromRequest: (req) => (req.body && typeof req.body._csrf === "string" ? req.body._csrf : (req.headers["x-csrf-token"] as string | undefined)),
  });
  // Multipart bodies are parsed later by their route (multer): their token comes in the header or the query.
  app.use((req, res, next) => {
    res.locals.csrfToken = generateToken(req);
    next();
  });
  app.use((req, res, next) => {
    if (req.method !== "POST") return next();
    if (req.is("multipart/form-data") && typeof req.query._csrf === "string") {
      req.headers["x-csrf-token"] = req.query._csrf;
    }
    csrfSynchronisedProtection(req, res, (err?: unknown) => (err ? next(new HttpError(403, "error.csrf.title", "error.csrf.body")) : next()));
  });
  app.use(loadUser(opts.services));
  app.use(firstRunGate(opts.services));
  app.use(requireSignIn);
}

function loadUser(services: Services): RequestHandler {
  return async (req, res, next) => {
    const id = req.session?.userId;
    if (id) {
      const user = await services.users.get(id);
      if (user && !user.disabledAt) res.locals.user = user;
      else delete req.session.userId;
    }
    const u: User | undefined = res.locals.user;
    runAs(u ? { userId: u.id, name: u.name } : null, next);
  };
}

/** Until the first administrator exists, every page leads to the setup instructions. */
function firstRunGate(services: Services): RequestHandler {
  let setUp = false;
  return async (req, res, next) => {
    if (setUp || PUBLIC_PATHS.some((p) => p.test(req.path))) return next();
    setUp = (await services.users.count()) > 0;
    if (!setUp) return res.redirect(302, "/setup");
    next();
  };
}

function requireSignIn(req: Request, res: Response, next: NextFunction): void {
  if (res.locals.user || PUBLIC_PATHS.some((p) => p.test(req.path))) return next();
  if (req.method === "GET") {
    res.redirect(302, `/login?next=${encodeURIComponent(req.originalUrl)}`);
    return;
  }
  next(new HttpError(401, "error.signInRequired.title", "error.signInRequired.body"));
}

/** Refuses the request (403) unless the signed-in user is an administrator. */
export const requireAdmin: RequestHandler = (_req, res, next) => {
  if (res.locals.user?.isAdmin) return next();
  next(new ForbiddenError());
};
