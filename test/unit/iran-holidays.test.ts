// The shipped Iranian holiday file: reproducible from its generator, covering 1404–1407, with the
// national holidays on their exact dates and the religious ones marked as estimates.
import { expect } from "chai";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../../server/paths";
import { generateIranHolidays, serializeHolidays } from "../../seeds/holidays/generate-iran";
import { toJalali } from "../../server/domain/jalali";

describe("Iranian public holidays file", () => {
  const text = fs.readFileSync(path.join(ROOT, "seeds/holidays/iran.json"), "utf8");
  const file = JSON.parse(text) as ReturnType<typeof generateIranHolidays>;

  it("is exactly what the generator writes", () => {
    expect(text).to.equal(serializeHolidays(generateIranHolidays()));
  });

  it("names its source and the years it covers", () => {
    expect(file.source).to.match(/University of Tehran/);
    expect(file.years).to.deep.equal({ jalali: [1404, 1407], from: "2025-03-21", to: "2029-03-19" });
    expect(file.holidays.every((h) => h.date >= file.years.from && h.date <= file.years.to)).to.equal(true);
  });

  it("has the national holidays on their fixed Jalali dates", () => {
    const national = (date: string) => file.holidays.filter((h) => h.date === date && h.kind === "national").map((h) => h.nameEn);
    expect(national("2025-03-21")).to.deep.equal(["Nowruz"]); // 1404/01/01
    expect(national("2025-04-02")).to.deep.equal(["Nature Day (Sizdah Bedar)"]); // 1404/01/13
    expect(national("2026-02-11")).to.deep.equal(["Islamic Revolution Day"]); // 1404/11/22
    expect(national("2026-03-20")).to.deep.equal(["Oil nationalisation day"]); // 1404/12/29
    for (const jy of [1404, 1405, 1406, 1407]) {
      const own = file.holidays.filter((h) => h.kind === "national" && toJalali(h.date)!.jy === jy);
      expect(own, String(jy)).to.have.length(10);
      expect(own.every((h) => !h.estimated)).to.equal(true);
    }
  });

  it("marks every religious holiday as estimated, about 17 a year, each with both names", () => {
    const religious = file.holidays.filter((h) => h.kind === "religious");
    expect(religious.every((h) => h.estimated && h.nameFa && h.nameEn)).to.equal(true);
    // Four solar years hold a little more than four lunar ones.
    expect(religious.length).to.be.within(17 * 4, 17 * 4 + 8);
    // Ashura 1447 AH falls in the summer of 2025 (Tir 1404).
    const ashura = religious.filter((h) => h.nameEn === "Ashura").map((h) => h.date);
    expect(ashura[0]).to.match(/^2025-07-0[4-7]$/);
  });
});
