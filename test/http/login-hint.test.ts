// The sign-in page names the demo accounts only when the app runs in development with the demo seeded.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import { createApp } from "../../server/app";
import { freshDataSource } from "../support/db";
import { makeTestAdmin } from "../support/app";

describe("Sign-in page demo hint", () => {
  for (const hint of [true, false]) {
    it(`${hint ? "shows" : "does not show"} the demo accounts when demoSignInHint is ${hint}`, async () => {
      const ds = await freshDataSource();
      try {
        await makeTestAdmin(ds); // an account exists, so the first-run gate lets the sign-in page through
        const app = createApp({ dataSource: ds, sessionSecret: "s", demoSignInHint: hint });
        const $ = cheerio.load((await request(app).get("/login").expect(200)).text);
        expect($("main").text().includes("manager@demo.example")).to.equal(hint);
      } finally {
        await ds.destroy();
      }
    });
  }
});
