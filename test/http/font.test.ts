// The Persian typeface is served by the application itself: the stylesheet points at a local URL that
// answers with the font, and no page refers to an external font host.
import { expect } from "chai";
import request from "supertest";
import { testApp, type TestApp } from "../support/app";

describe("Self-hosted Vazirmatn", () => {
  let t: TestApp;
  before(async () => {
    t = await testApp();
  });
  after(() => t.close());

  it("is referenced by the stylesheet and served locally as woff2", async () => {
    const css = (await request(t.app).get("/public/css/app.css").expect(200)).text;
    const urls = [...css.matchAll(/url\("([^"]+\.woff2)"\)/g)].map((m) => m[1]);
    expect(urls.length).to.be.greaterThan(0);
    for (const url of new Set(urls)) {
      expect(url.startsWith("/public/fonts/vazirmatn/"), url).to.equal(true);
      const res = await request(t.app).get(url).buffer(true).expect(200);
      expect(res.headers["content-type"]).to.match(/font\/woff2/);
      expect(Number(res.headers["content-length"])).to.be.greaterThan(50_000);
    }
    expect(css).to.match(/html\[lang="fa"\][^}]*Vazirmatn/);
  });

  it("makes no external font or stylesheet requests from a Persian page", async () => {
    const html = (await request(t.app).get("/projects?lang=fa").expect(200)).text;
    expect(html).to.not.match(/fonts\.googleapis|fonts\.gstatic|cdn\.|https?:\/\/[^"']+\.(woff2?|ttf|css)/);
  });
});
