// createApp over a fresh database, with a fixed today and now, for HTTP tests.
import type { DataSource } from "typeorm";
import type { Express } from "express";
import { createApp } from "../../server/app";
import { createServices, type Services } from "../../server/services";
import { freshDataSource } from "./db";
import { User } from "../../entities";
import { TemplateService } from "../../server/services/template-service";
import { BUILT_IN_TEMPLATES } from "../../seeds/templates";

export const TODAY = "2026-03-02";
export const NOW = "2026-03-02T09:30:00.000Z";

export interface TestApp {
  app: Express;
  ds: DataSource;
  services: Services;
  close: () => Promise<void>;
}

/**
 * An administrator stored without a usable password: HTTP tests act as them through createApp's
 * trustedTestUser seam (no session, no CSRF). Sign-in, CSRF and permissions have their own tests.
 */
export async function makeTestAdmin(ds: DataSource): Promise<User> {
  const repo = ds.getRepository(User);
  return repo.save(repo.create({ email: "admin@example.com", name: "Test Admin", passwordHash: "none", isAdmin: true, locale: "en", disabledAt: null }));
}

/** `templates: true` seeds the built-in templates into the library first. */
export async function testApp(opts: { templates?: boolean } = {}): Promise<TestApp> {
  const ds = await freshDataSource();
  if (opts.templates) await new TemplateService(ds).seedBuiltIns(BUILT_IN_TEMPLATES);
  const errors: unknown[] = [];
  const admin = await makeTestAdmin(ds);
  const app = createApp({
    trustedTestUser: admin,
    dataSource: ds,
    today: () => TODAY,
    now: () => NOW,
    log: (e) => {
      errors.push(e);
      console.error(e);
    },
  });
  return { app, ds, services: createServices(ds, () => NOW), close: () => ds.destroy() };
}
