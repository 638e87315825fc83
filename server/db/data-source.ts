// The DataSource: embedded SQLite file by default, PostgreSQL when DATABASE_URL is set.
import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { DataSource } from "typeorm";
import { entities } from "../../entities";
import { loadConfig } from "../config";
import { migrations } from "./migrations";

export interface DataSourceOptions {
  databasePath?: string;
  databaseUrl?: string | null;
  /** Tests only: build the schema from the entities instead of running migrations. */
  synchronize?: boolean;
}

export function createDataSource(opts: DataSourceOptions = {}): DataSource {
  if (opts.databaseUrl) {
    return new DataSource({
      type: "postgres",
      url: opts.databaseUrl,
      entities,
      migrations,
      synchronize: opts.synchronize ?? false,
    });
  }
  const file = opts.databasePath ?? ":memory:";
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  return new DataSource({
    type: "sqlite",
    database: file,
    entities,
    migrations,
    synchronize: opts.synchronize ?? false,
  });
}

/** Used by the TypeORM CLI (npm run migration:generate). */
const config = loadConfig();
export default createDataSource({ databasePath: config.databasePath, databaseUrl: config.databaseUrl });
