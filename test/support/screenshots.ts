// Takes the README/docs screenshots: the seeded demo in headless Chromium, desktop and phone sizes.
// Run with `npm run build && npm run screenshots` (needs Debian's chromium at /usr/bin/chromium).
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../../server/paths";
import { createDataSource } from "../../server/db/data-source";
import { runSeeds, seedTemplates } from "../../seeds/run";
import { Task, User } from "../../entities";
import { BUILT_IN_TEMPLATES } from "../../seeds/templates";
import { TemplateProjectService } from "../../server/services/template-project-service";
import { launchChromium, serve } from "./browser";

/** `id`: the English demo project; `faId`: a project laid out from the Persian enterprise template. */
const PAGES: { name: string; path: (id: number, faId: number) => string }[] = [
  { name: "projects", path: () => "/projects" },
  { name: "overview", path: (id) => `/projects/${id}` },
  { name: "phase-planning", path: (id) => `/projects/${id}/phases/planning` },
  { name: "phase-foundation", path: (id) => `/projects/${id}/phases/foundation` },
  { name: "tasks", path: (id) => `/projects/${id}/tasks` },
  { name: "task-form", path: (id) => `/projects/${id}/tasks/new` },
  { name: "people", path: (id) => `/projects/${id}/people` },
  { name: "goals", path: (id) => `/projects/${id}/goals` },
  { name: "resources", path: (id) => `/projects/${id}/resources` },
  { name: "expectations", path: (id) => `/projects/${id}/expectations` },
  { name: "templates", path: () => "/templates" },
  { name: "template-preview", path: () => "/templates/3" },
  { name: "template-preview-fa", path: () => "/templates/4?lang=fa" },
  { name: "from-template", path: () => "/projects/from-template?template=1" },
  { name: "overview-fa", path: (_id, faId) => `/projects/${faId}?lang=fa` },
  { name: "gantt-fa", path: (_id, faId) => `/projects/${faId}/gantt?lang=fa&zoom=month` },
  { name: "dashboard-fa", path: (_id, faId) => `/projects/${faId}/dashboard?lang=fa` },
  { name: "gantt", path: (id) => `/projects/${id}/gantt?lang=en` },
];

async function main(): Promise<void> {
  const outDir = path.join(ROOT, process.argv[2] ?? "docs/screenshots");
  fs.mkdirSync(outDir, { recursive: true });
  const today = process.env.SCREENSHOT_TODAY ?? new Date().toISOString().slice(0, 10);
  const ds = createDataSource({ databasePath: ":memory:", synchronize: true });
  await ds.initialize();
  await seedTemplates(ds);
  await runSeeds(ds, today);
  const admin = await ds.getRepository(User).save({ email: "admin@example.com", name: "Admin", passwordHash: "none", isAdmin: true, locale: "en", disabledAt: null });
  // A Persian project: the enterprise E-CRM template, kickoff eight weeks before today, with progress so far.
  const faTemplate = BUILT_IN_TEMPLATES.find((x) => x.key === "enterprise-ecrm" && x.language === "fa")!;
  const kickoff = new Date(Date.parse(`${today}T00:00:00Z`) - 56 * 86_400_000).toISOString().slice(0, 10);
  const { projectId: faId } = await new TemplateProjectService(ds).create(
    { template: faTemplate, name: "استقرار CRM شرکت پارس‌نوین", clientOrganisation: "شرکت پارس‌نوین", anchor: "kickoff", date: kickoff, holidays: [] },
    admin.id,
  );
  await ds.getRepository(Task).createQueryBuilder().update().set({ progress: 100 }).where("project_id = :faId AND finish_date < :today", { faId, today }).execute();
  const server = await serve(ds, { today, trustedUser: admin });
  const browser = await launchChromium();
  try {
    const viewports = [
      { suffix: "", width: 1400, height: 900 },
      { suffix: "-phone", width: 390, height: 844 },
    ];
    for (const vp of viewports) {
      const page = await browser.newPage({ viewport: { width: vp.width, height: vp.height } });
      for (const p of PAGES) {
        if (vp.suffix && !["overview", "phase-planning", "tasks"].includes(p.name)) continue;
        await page.goto(`${server.url}${p.path(1, faId)}`);
        const file = path.join(outDir, `${p.name}${vp.suffix}.png`);
        // Phone shots show the first screen, as a person sees it; desktop shots the whole page.
        await page.screenshot({ path: file, fullPage: !vp.suffix });
        console.log(file);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await ds.destroy();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
