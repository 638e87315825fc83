// Debian's Chromium driven by playwright-core, and a real HTTP server on 127.0.0.1 for browser tests.
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { chromium, type Browser } from "playwright-core";
import type { DataSource } from "typeorm";
import { createApp } from "../../server/app";

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
export async function serve(ds: DataSource, opts: { today?: string } = {}): Promise<RunningServer> {
  const app = createApp({ dataSource: ds, today: opts.today ? () => opts.today! : undefined });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
