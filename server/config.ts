// Typed configuration from the environment, with defaults, validated once at boot.
import path from "node:path";
import { ROOT } from "./paths";

export interface Config {
  port: number;
  host: string;
  databasePath: string;
  databaseUrl: string | null;
  nodeEnv: string;
  seedDemo: boolean;
  /** Signs session cookies; when unset, a secret generated once is kept in the database. */
  sessionSecret: string | null;
  /** Mark cookies Secure (set when the app is served over HTTPS). */
  secureCookies: boolean;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? "127.0.0.1",
    databasePath: path.resolve(ROOT, env.DATABASE_PATH ?? "data/crm-rollout.sqlite"),
    databaseUrl: env.DATABASE_URL ? env.DATABASE_URL : null,
    nodeEnv: env.NODE_ENV ?? "development",
    seedDemo: (env.SEED_DEMO ?? "true") !== "false",
    sessionSecret: env.SESSION_SECRET ? env.SESSION_SECRET : null,
    secureCookies: env.SECURE_COOKIES === "true",
  };
}
