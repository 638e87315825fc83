/// <reference lib="dom" />
// Benchmark: is a 5,000-task Gantt usable in a real browser? Loads the page in Debian's Chromium
// (playwright-core) and measures load, first paint, DOM size, heap, and frame times while scrolling.
// Not a test: it prints figures for docs/PERFORMANCE.md. Run: npm run build && npm run bench:gantt-browser -- [sizes…]
import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { createDataSource } from "../server/db/data-source";
import { createApp } from "../server/app";
import { launchChromium } from "../test/support/browser";
import { buildProject } from "./gantt";

const TODAY = "2026-06-15";

async function benchSize(size: number): Promise<void> {
  process.env.NODE_ENV ??= "production";
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gantt-browser-"));
  const ds = createDataSource({ databasePath: path.join(dir, "bench.sqlite"), synchronize: true });
  await ds.initialize();
  const browser = await launchChromium();
  try {
    const projectId = await buildProject(ds, size);
    const app = createApp({ dataSource: ds, today: () => TODAY, log: (e) => console.error(e) });
    const server: Server = await new Promise((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    const { port } = server.address() as AddressInfo;
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const loads: number[] = [];
    let metrics: Record<string, number> = {};
    for (let run = 0; run < 4; run++) {
      const t0 = Date.now();
      await page.goto(`http://127.0.0.1:${port}/projects/${projectId}/gantt`, { waitUntil: "load" });
      loads.push(Date.now() - t0);
      metrics = await page.evaluate(() => {
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        const paint = performance.getEntriesByName("first-contentful-paint")[0];
        const mem = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
        return {
          domContentLoaded: nav.domContentLoadedEventEnd,
          load: nav.loadEventEnd,
          firstContentfulPaint: paint ? paint.startTime : -1,
          elements: document.getElementsByTagName("*").length,
          heapMiB: mem ? mem.usedJSHeapSize / 1048576 : -1,
        };
      });
    }
    // Scroll the chart box down and across in steps and record the frame intervals the browser achieves.
    const frames = await page.evaluate(async () => {
      const box = document.querySelector(".gantt__scroll") as HTMLElement;
      const times: number[] = [];
      let last = performance.now();
      for (let i = 0; i < 120; i++) {
        box.scrollTop += 60;
        box.scrollLeft += 20;
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      times.sort((a, b) => a - b);
      return { median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)], max: times[times.length - 1] };
    });
    loads.sort((a, b) => a - b);
    console.log(`\n${size} tasks in Chromium (1400×900):`);
    console.log(`| page load (goto → load event), median of 4 | ${loads[2]} ms |`);
    console.log(`| DOMContentLoaded / load / first contentful paint | ${metrics.domContentLoaded.toFixed(0)} / ${metrics.load.toFixed(0)} / ${metrics.firstContentfulPaint.toFixed(0)} ms |`);
    console.log(`| DOM elements | ${metrics.elements} |`);
    console.log(`| JS heap | ${metrics.heapMiB.toFixed(1)} MiB |`);
    console.log(`| frame interval while scrolling: median / p95 / max | ${frames.median.toFixed(1)} / ${frames.p95.toFixed(1)} / ${frames.max.toFixed(1)} ms |`);
    await page.close();
    await new Promise<void>((r) => server.close(() => r()));
  } finally {
    await browser.close();
    await ds.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).filter((a) => /^\d+$/.test(a)).map(Number);
  console.log(`Gantt in the browser — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.availableParallelism()} CPUs`);
  for (const size of sizes.length ? sizes : [2000, 5000]) await benchSize(size);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
