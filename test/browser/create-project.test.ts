// A person creates a project, adds a checklist item and a task, and sees both on the overview.
import { expect } from "chai";
import type { Browser } from "playwright-core";
import type { DataSource } from "typeorm";
import { freshDataSource } from "../support/db";
import { chromiumAvailable, launchChromium, makeUser, serve, signIn, type RunningServer } from "../support/browser";

describe("browser: creating a project end to end", function () {
  this.timeout(60_000);
  let ds: DataSource;
  let server: RunningServer;
  let browser: Browser;
  let account: Awaited<ReturnType<typeof makeUser>>;

  before(async function () {
    if (!chromiumAvailable()) {
      console.log("    (skipped: no Chromium at /usr/bin/chromium; .ci/run installs it)");
      this.skip();
    }
    ds = await freshDataSource();
    account = await makeUser(ds, { email: "pm@example.com" });
    server = await serve(ds, { today: "2026-03-02" });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await ds?.destroy();
  });

  it("creates a project, adds a checklist item and a task, and shows both on the overview", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // Anonymous visitors are sent to the sign-in page, and back to where they were going after it.
    await page.goto(`${server.url}/projects`);
    expect(new URL(page.url()).pathname).to.equal("/login");
    await signIn(page, server.url, account.user.email, account.password);
    expect(new URL(page.url()).pathname).to.equal("/projects");
    await page.getByRole("link", { name: "New project" }).click();
    await page.getByLabel("Project name").fill("Browser rollout");
    await page.getByLabel("Client organisation").fill("Northwind");
    await page.getByLabel("Kickoff date").fill("2026-03-02");
    await page.getByRole("button", { name: "Create" }).click();
    expect(await page.locator("h1").innerText()).to.equal("Browser rollout");

    // A checklist item in the planning phase.
    await page.getByRole("navigation", { name: "Project navigation" }).getByRole("link", { name: "Planning" }).click();
    await page.getByText("Add checklist item", { exact: true }).first().click();
    await page.getByLabel("Item").fill("Scope statement signed by the sponsor");
    await page.getByLabel("Due date").fill("2026-03-06");
    await page.locator("#add-item button[type=submit]").click();
    expect(await page.locator(".checklist__text").allInnerTexts()).to.include("Scope statement signed by the sponsor");

    // A task in the planning phase.
    await page.locator(".page-header").getByRole("link", { name: "New task" }).click();
    await page.getByLabel("Task name").fill("Define goals and KPIs");
    await page.getByLabel("Start").fill("2026-03-02");
    await page.getByLabel("Duration (working days)").fill("5");
    await page.getByRole("button", { name: "Create" }).click();
    const row = page.locator("tr", { hasText: "Define goals and KPIs" });
    expect(await row.locator("td").nth(3).innerText()).to.equal("6 Mar 2026");

    // Both on the overview.
    await page.getByRole("navigation", { name: "Project navigation" }).getByRole("link", { name: "Overview" }).click();
    const main = await page.locator("main").innerText();
    expect(main).to.contain("Scope statement signed by the sponsor");
    expect(main).to.contain("Define goals and KPIs");
    await page.close();
  });
});
