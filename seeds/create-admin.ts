// `npm run create-admin -- --email a@b.c --name "Ada Admin"`: creates an administrator on the server.
// The password comes from ADMIN_PASSWORD or is asked for on the terminal (never a command-line argument).
import "reflect-metadata";
import readline from "node:readline";
import { loadConfig } from "../server/config";
import { createDataSource } from "../server/db/data-source";
import { UserService } from "../server/services/user-service";
import { DomainError } from "../server/domain/errors";
import { translate } from "../server/i18n";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function ask(question: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((resolve) => rl.question(question, (answer) => (rl.close(), resolve(answer))));
}

async function main(): Promise<void> {
  const email = arg("email") ?? (await ask("E-mail: "));
  const name = arg("name") ?? (await ask("Name: "));
  const password = process.env.ADMIN_PASSWORD ?? (await ask("Password (at least 10 characters): "));
  const config = loadConfig();
  const ds = createDataSource({ databasePath: config.databasePath, databaseUrl: config.databaseUrl });
  await ds.initialize();
  await ds.runMigrations({ transaction: "each" });
  try {
    const user = await new UserService(ds).create({ email, name, password, isAdmin: true });
    console.log(`Administrator ${user.email} created.`);
  } catch (err) {
    if (err instanceof DomainError) {
      console.error(translate("en", err.key, err.params));
      process.exitCode = 1;
    } else throw err;
  } finally {
    await ds.destroy();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
