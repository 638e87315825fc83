// createApp(deps): the Express app without listen(); tests use it as is.
import path from "node:path";
import express from "express";
import { engine } from "express-handlebars";
import helmet from "helmet";
import cookieParser from "cookie-parser";
import compression from "compression";
import type { DataSource } from "typeorm";
import { ROOT } from "./paths";
import { helpers } from "./view-helpers";
import { localsMiddleware, userLocale } from "./http/locals";
import { errorHandler, notFoundHandler } from "./http/error-handler";
import { mountRoutes } from "./routes";
import { createServices } from "./services";
import { installAuth } from "./http/auth";
import { randomBytes } from "node:crypto";
import type { User } from "../entities";

export interface AppDeps {
  dataSource: DataSource;
  /** Returns today's date (ISO); injected so tests and the domain never read the clock themselves. */
  today?: () => string;
  now?: () => string;
  showStack?: boolean;
  log?: (err: unknown) => void;
  /** Signs session cookies; main.ts passes SESSION_SECRET or the installation's stored secret. */
  sessionSecret?: string;
  /** Send cookies with the Secure flag (when served over TLS). */
  secureCookies?: boolean;
  /** Development with demo accounts: the sign-in page names them (docs/DEMO-USERS.md). */
  demoSignInHint?: boolean;
  /** Tests only (see server/http/auth.ts): act as this user without sessions or CSRF. */
  trustedTestUser?: User;
}

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  const today = deps.today ?? (() => new Date().toISOString().slice(0, 10));
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  app.engine("hbs", engine({
    extname: ".hbs",
    defaultLayout: "main",
    layoutsDir: path.join(ROOT, "views/layouts"),
    partialsDir: path.join(ROOT, "views/partials"),
    helpers,
  }));
  app.set("view engine", "hbs");
  app.set("views", path.join(ROOT, "views"));

  app.use(helmet({
    contentSecurityPolicy: {
      directives: { "script-src": ["'self'"], "style-src": ["'self'"], "img-src": ["'self'", "data:"], "upgrade-insecure-requests": null },
    },
    hsts: false,
  }));
  // Gantt pages of thousands of tasks are megabytes of SVG; gzip shrinks them over ten times.
  app.use(compression());
  app.use("/public", express.static(path.join(ROOT, "public"), { maxAge: "1h" }));
  // The Persian typeface, self-hosted from the vazirmatn package (SIL Open Font License): no font requests leave the site.
  app.use("/public/fonts/vazirmatn", express.static(path.join(ROOT, "node_modules/vazirmatn/fonts/webfonts"), { maxAge: "30d", immutable: true }));
  app.use(express.urlencoded({ extended: true, limit: "200kb", parameterLimit: 2000 }));
  app.use(cookieParser());
  app.use(localsMiddleware);
  app.locals.demoSignInHint = deps.demoSignInHint ?? false;

  const now = deps.now ?? (() => new Date().toISOString());
  const services = createServices(deps.dataSource, now);
  installAuth(app, {
    dataSource: deps.dataSource,
    services,
    secret: deps.sessionSecret ?? randomBytes(32).toString("base64url"),
    secureCookies: deps.secureCookies ?? false,
    trustedTestUser: deps.trustedTestUser,
  });
  app.use(userLocale);
  mountRoutes(app, { services, today, now });

  app.use(notFoundHandler);
  app.use(errorHandler({ showStack: deps.showStack ?? false, log: deps.log ?? ((e) => console.error(e)) }));
  return app;
}
