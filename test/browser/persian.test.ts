// A person switches the app to Persian: the page turns right-to-left, dates are Solar Hijri with Persian
// digits, and the Gantt mirrors (its task grid on the right, time running right to left) with Jalali months.
import { expect } from "chai";
import type { Browser } from "playwright-core";
import type { DataSource } from "typeorm";
import { Project } from "../../entities";
import { runSeeds, seedTemplates } from "../../seeds/run";
import { freshDataSource } from "../support/db";
import { chromiumAvailable, launchChromium, makeUser, serve, signIn, type RunningServer } from "../support/browser";
import { JALALI_MONTHS_FA, formatJalali } from "../../server/domain/jalali";

describe("browser: Persian, right to left, Jalali dates", function () {
  this.timeout(90_000);
  let ds: DataSource;
  let server: RunningServer;
  let browser: Browser;
  let account: Awaited<ReturnType<typeof makeUser>>;
  let project: Project;

  before(async function () {
    if (!chromiumAvailable()) {
      console.log("    (skipped: no Chromium at /usr/bin/chromium; .ci/run installs it)");
      this.skip();
    }
    ds = await freshDataSource();
    await seedTemplates(ds);
    await runSeeds(ds, "2026-03-02");
    account = await makeUser(ds, { email: "pm@example.com", isAdmin: true });
    project = await ds.getRepository(Project).findOneByOrFail({ seedKey: "demo" });
    server = await serve(ds, { today: "2026-03-02" });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await ds?.destroy();
  });

  it("switches to Persian and shows the overview and the Gantt mirrored with Jalali dates", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page, server.url, account.user.email, account.password);
    await page.goto(`${server.url}/projects/${project.id}`);
    expect(await page.locator("html").getAttribute("dir")).to.equal("ltr");

    // The header's language switch.
    await page.getByRole("link", { name: "فا" }).click();
    expect(await page.locator("html").getAttribute("dir")).to.equal("rtl");
    expect(await page.locator("html").getAttribute("lang")).to.equal("fa");
    // The kickoff in the page header, as a Solar Hijri date with Persian digits.
    const kickoff = formatJalali(project.kickoffDate, { style: "long", persianDigits: true });
    expect(await page.locator(".page-header__sub").innerText()).to.contain(kickoff);
    // The side navigation stands on the right.
    const nav = await page.locator("nav.sidenav").boundingBox();
    const main = await page.locator("main").boundingBox();
    expect(nav!.x).to.be.greaterThan(main!.x);

    // The Gantt: grid on the right of the chart, Jalali month names on the time axis.
    await page.goto(`${server.url}/projects/${project.id}/gantt?zoom=month`);
    const side = await page.locator(".gantt__side").boundingBox();
    const chart = await page.locator("svg.gantt__chart, .gantt__chart").first().boundingBox();
    expect(side!.x).to.be.greaterThan(chart!.x);
    const axis = await page.locator(".gantt-head").first().textContent();
    expect(JALALI_MONTHS_FA.some((m) => axis!.includes(m)), axis ?? "").to.equal(true);
    expect(axis).to.match(/[۰-۹]/);
    await page.close();
  });
});
