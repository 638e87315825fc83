// Entry point: config, DataSource, migrations, seeds, listen, graceful shutdown.
import "reflect-metadata";
import { loadConfig } from "./config";
import { createDataSource } from "./db/data-source";
import { createApp } from "./app";
import { runSeeds } from "../seeds/run";

async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = createDataSource({ databasePath: config.databasePath, databaseUrl: config.databaseUrl });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  const today = () => new Date().toISOString().slice(0, 10);
  if (config.seedDemo) await runSeeds(dataSource, today());

  const app = createApp({ dataSource, today, showStack: config.nodeEnv === "development" });
  const server = app.listen(config.port, config.host, () => {
    const where = config.databaseUrl ? "PostgreSQL" : config.databasePath;
    console.log(`CRM Rollout Planner listening on http://${config.host}:${config.port} (database: ${where})`);
  });

  const shutdown = (signal: string) => {
    console.log(`${signal} received, shutting down`);
    server.close(() => {
      dataSource.destroy().finally(() => process.exit(0));
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
