// A consultant browses the template library, previews a built-in template, creates a project from it
// anchored on go-live with a role given to a colleague, and sees the scheduled plan on its Gantt with the
// go-live milestone on the chosen date.
import { expect } from "chai";
import type { Browser } from "playwright-core";
import type { DataSource } from "typeorm";
import { Project, Task, User } from "../../entities";
import { BUILT_IN_TEMPLATES } from "../../seeds/templates";
import { TemplateService } from "../../server/services/template-service";
import { freshDataSource } from "../support/db";
import { chromiumAvailable, launchChromium, makeUser, serve, signIn, type RunningServer } from "../support/browser";

describe("browser: a project from a template", function () {
  this.timeout(90_000);
  let ds: DataSource;
  let server: RunningServer;
  let browser: Browser;
  let consultant: Awaited<ReturnType<typeof makeUser>>;

  before(async function () {
    if (!chromiumAvailable()) {
      console.log("    (skipped: no Chromium at /usr/bin/chromium; .ci/run installs it)");
      this.skip();
    }
    ds = await freshDataSource();
    await new TemplateService(ds).seedBuiltIns(BUILT_IN_TEMPLATES);
    consultant = await makeUser(ds, { email: "consultant@example.com", name: "Cora Consultant" });
    await ds.getRepository(User).update({ id: consultant.user.id }, { isConsultant: true });
    await makeUser(ds, { email: "pm@example.com", name: "Pat Manager" });
    server = await serve(ds, { today: "2026-03-02" });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await ds?.destroy();
  });

  it("previews a template, creates a project on a go-live date and shows its Gantt", async () => {
    const tpl = BUILT_IN_TEMPLATES.find((x) => x.key === "enterprise-ecrm" && x.language === "en") ?? BUILT_IN_TEMPLATES.find((x) => x.language === "en")!;
    const goLiveTask = tpl.tasks.find((x) => x.key === tpl.goLiveTaskKey)!;
    // The role of the first assigned task: its tasks show the chosen person on the Gantt.
    const pmRole = tpl.roles.find((r) => r.key === tpl.tasks.find((x) => x.assigneeRole !== undefined)!.assigneeRole)!;
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page, server.url, consultant.user.email, consultant.password);

    // The library: filter to English templates, open the one we want.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Templates" }).click();
    await page.locator("#filter-language").selectOption("en");
    await page.getByRole("button", { name: "Filter" }).click();
    const cards = page.locator(".template-card");
    expect(await cards.count()).to.equal(BUILT_IN_TEMPLATES.filter((x) => x.language === "en").length);
    await page.getByRole("link", { name: tpl.name }).click();
    expect(await page.locator("h1").innerText()).to.equal(tpl.name);
    expect(await page.locator(".template-gantt rect").count()).to.equal(tpl.tasks.length);

    // Create from it, anchored on go-live, with the project-manager role given to Pat.
    await page.getByRole("link", { name: "Create a project from this template" }).click();
    expect(await page.locator("#field-template").inputValue()).to.equal(`${tpl.key}:${tpl.language}`);
    await page.getByLabel("Project name").fill("Northwind eCRM");
    await page.locator('input[name="anchor"][value="golive"]').check();
    await page.getByLabel("Date", { exact: true }).fill("2027-03-10");
    await page.getByLabel(pmRole.title, { exact: true }).selectOption({ label: "Pat Manager <pm@example.com>" });
    await page.getByRole("button", { name: "Create" }).click();
    expect(await page.locator("h1").innerText()).to.equal("Northwind eCRM");
    expect(await page.locator(".flash").innerText()).to.contain("go-live on 10 Mar 2027");

    // The Gantt shows every task, with the go-live milestone on the date asked.
    await page.getByRole("navigation", { name: "Project navigation" }).getByRole("link", { name: "Gantt" }).click();
    expect(await page.locator("svg .gantt-bar[data-task]").count()).to.equal(tpl.tasks.length);
    const project = await ds.getRepository(Project).findOneByOrFail({ name: "Northwind eCRM" });
    const goLive = await ds.getRepository(Task).findOneByOrFail({ projectId: project.id, key: goLiveTask.key });
    expect(goLive.finishDate).to.equal("2027-03-10");
    const bar = page.locator(`svg .gantt-bar[data-task="${goLive.id}"] title`);
    expect(await bar.textContent()).to.contain(goLiveTask.name).and.contain("10 Mar 2027");
    expect(await page.locator(".gantt-grid").textContent()).to.contain("Pat Manager");
    await page.close();
  });
});
