// The working week in Persian: the new-project form starts the week on Saturday and preselects
// Saturday–Wednesday; in English Monday first and Monday–Friday.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import { testApp, type TestApp } from "../support/app";

describe("Working week by language", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp();
  });
  afterEach(() => t.close());

  const week = async (lang: string) => {
    const $ = cheerio.load((await request(t.app).get(`/projects/new?lang=${lang}`).expect(200)).text);
    return {
      order: $('input[name="workingDays"]').map((_i, el) => $(el).attr("value")).get(),
      checked: $('input[name="workingDays"][checked]').map((_i, el) => $(el).attr("value")).get(),
    };
  };

  it("starts on Saturday with Saturday–Wednesday working in fa", async () => {
    expect(await week("fa")).to.deep.equal({ order: ["6", "7", "1", "2", "3", "4", "5"], checked: ["6", "7", "1", "2", "3"] });
  });

  it("starts on Monday with Monday–Friday working in en", async () => {
    expect(await week("en")).to.deep.equal({ order: ["1", "2", "3", "4", "5", "6", "7"], checked: ["1", "2", "3", "4", "5"] });
  });
});
