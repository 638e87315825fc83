// Debian's Chromium driven by playwright-core, and a real HTTP server on 127.0.0.1 for browser tests.
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { chromium, type Browser } from "playwright-core";
import type { DataSource } from "typeorm";
import { createApp } from "../../server/app";
import type { Page } from "playwright-core";
import type { User } from "../../entities";
import { UserService } from "../../server/services/user-service";

/** Creates a user with a real password (scrypt) for sign-in through the pages. */
export async function makeUser(ds: DataSource, over: { email?: string; name?: string; password?: string; isAdmin?: boolean } = {}): Promise<{ user: User; password: string }> {
  const password = over.password ?? "a long enough passphrase";
  const user = await new UserService(ds).create({ email: over.email ?? "pm@example.com", name: over.name ?? "Pat Manager", password, isAdmin: over.isAdmin ?? false });
  return { user, password };
}

/** Signs in through the sign-in page. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function chromiumAvailable(): boolean {
  return fs.existsSync(CHROMIUM);
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
}

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves createApp over the data source on an ephemeral loopback port. */
export async function serve(ds: DataSource, opts: { today?: string; trustedUser?: User } = {}): Promise<RunningServer> {
  const app = createApp({ dataSource: ds, today: opts.today ? () => opts.today! : undefined, trustedTestUser: opts.trustedUser });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
