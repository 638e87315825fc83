// Entry point: config, DataSource, migrations, seeds, listen, graceful shutdown.
import "reflect-metadata";
import { loadConfig } from "./config";
import { createDataSource } from "./db/data-source";
import { createApp } from "./app";
import { runSeeds, seedTemplates } from "../seeds/run";
import { seedDemoUsers } from "../seeds/demo-users";
import { UserService } from "./services/user-service";

async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = createDataSource({ databasePath: config.databasePath, databaseUrl: config.databaseUrl });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  const today = () => new Date().toISOString().slice(0, 10);
  await seedTemplates(dataSource);
  if (config.seedDemo) await runSeeds(dataSource, today());
  const users = new UserService(dataSource);
  if (config.nodeEnv === "development" && config.seedDemo) await seedDemoUsers(dataSource);
  const sessionSecret = await users.sessionSecret(config.sessionSecret);

  const app = createApp({ dataSource, today, showStack: config.nodeEnv === "development", sessionSecret, secureCookies: config.secureCookies, demoSignInHint: config.nodeEnv === "development" && config.seedDemo });
  const server = app.listen(config.port, config.host, () => {
    const where = config.databaseUrl ? "PostgreSQL" : config.databasePath;
    console.log(`CRM Rollout Planner listening on http://${config.host}:${config.port} (database: ${where})`);
    void users.issueSetupToken().then((token) => {
      if (token) console.log(`No account exists yet. Create the first administrator at http://${config.host}:${config.port}/setup?token=${token} (or run npm run create-admin).`);
    });
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
