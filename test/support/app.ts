// createApp over a fresh database, with a fixed today and now, for HTTP tests.
import type { DataSource } from "typeorm";
import type { Express } from "express";
import { createApp } from "../../server/app";
import { createServices, type Services } from "../../server/services";
import { freshDataSource } from "./db";

export const TODAY = "2026-03-02";
export const NOW = "2026-03-02T09:30:00.000Z";

export interface TestApp {
  app: Express;
  ds: DataSource;
  services: Services;
  close: () => Promise<void>;
}

export async function testApp(): Promise<TestApp> {
  const ds = await freshDataSource();
  const errors: unknown[] = [];
  const app = createApp({
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
