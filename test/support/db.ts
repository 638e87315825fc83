// A fresh in-memory SQLite database per test (schema synchronised from the entities).
import "reflect-metadata";
import type { DataSource } from "typeorm";
import { createDataSource } from "../../server/db/data-source";

export async function freshDataSource(): Promise<DataSource> {
  const ds = createDataSource({ databasePath: ":memory:", synchronize: true });
  await ds.initialize();
  return ds;
}
