// A project manager shares the project's status with a read-only link; a stakeholder opens it in another
// browser (no cookies, no account), sees the dashboard without any edit control, and gets "not found" once
// the link is revoked.
import { expect } from "chai";
import type { Browser } from "playwright-core";
import type { DataSource } from "typeorm";
import type { Project } from "../../entities";
import { freshDataSource } from "../support/db";
import { chromiumAvailable, launchChromium, makeUser, serve, signIn, type RunningServer } from "../support/browser";
import { UserService } from "../../server/services/user-service";
import { makeProject, makeTask } from "../support/factories";

describe("browser: sharing a read-only link", function () {
  this.timeout(60_000);
  let ds: DataSource;
  let server: RunningServer;
  let browser: Browser;
  let project: Project;
  let manager: { email: string; password: string };

  before(async function () {
    if (!chromiumAvailable()) {
      console.log("    (skipped: no Chromium at /usr/bin/chromium; .ci/run installs it)");
      this.skip();
    }
    ds = await freshDataSource();
    project = await makeProject(ds, { name: "Browser rollout" });
    await makeTask(ds, project.id, { name: "Define goals", progress: 40, notes: "Internal: sponsor is sceptical" });
    // A manager of this project signs in through the sign-in page (real session and CSRF tokens).
    const { user, password } = await makeUser(ds, { email: "manager@example.com", name: "Mina Manager" });
    await new UserService(ds).addMembership(project.id, user.id, "manager");
    manager = { email: user.email, password };
    server = await serve(ds, { today: "2026-03-02" });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await ds?.destroy();
  });

  it("creates a link, shows the dashboard to a visitor without edit controls, and 404s after revoking", async () => {
    const team = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await team.newPage();
    await signIn(page, server.url, manager.email, manager.password);
    await page.goto(`${server.url}/projects/${project.id}`);
    await page.getByRole("navigation", { name: "Project navigation" }).getByRole("link", { name: "Share" }).click();
    await page.getByLabel("Who is it for?").fill("Steering committee");
    await page.getByRole("button", { name: "Create link" }).click();
    const url = await page.locator("#share-url").inputValue();
    expect(url).to.match(new RegExp(`^${server.url}/s/[A-Za-z0-9_-]{43}$`));

    // A stakeholder: a fresh context, no cookies.
    const visitor = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const shared = await visitor.newPage();
    const first = await shared.goto(url);
    expect(first?.status()).to.equal(200);
    expect(await shared.locator("h1").innerText()).to.equal("Browser rollout");
    expect(await shared.getByRole("heading", { name: "Project status" }).count()).to.equal(1);
    expect(await shared.locator("svg.scurve__svg").count()).to.equal(1);
    expect(await shared.locator("#gantt svg.gantt-body").isVisible()).to.equal(true);
    expect(await shared.locator("form").count()).to.equal(0);
    expect(await shared.locator("button, input, select, textarea").count()).to.equal(0);
    expect(await shared.locator("a.button").allInnerTexts()).to.deep.equal(["Print or save as PDF"]);
    expect(await shared.locator("a[href*='/projects']").count()).to.equal(0);
    expect(await shared.locator("body").innerText()).not.to.contain("sponsor is sceptical");

    // The team revokes it.
    await page.reload();
    await page.locator("tr", { hasText: "Steering committee" }).getByRole("link", { name: /Revoke/ }).click();
    await page.getByRole("button", { name: "Yes, revoke" }).click();
    expect(await page.locator("tr", { hasText: "Steering committee" }).innerText()).to.contain("Revoked");

    const again = await shared.reload();
    expect(again?.status()).to.equal(404);
    expect(await shared.locator("h1").innerText()).to.equal("Page not found");
    await visitor.close();
    await team.close();
  });
});
