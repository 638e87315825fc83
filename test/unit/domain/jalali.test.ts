// The Jalali calendar: known pairs, leap years (1403 is leap: Esfand has 30 days), formatting and
// reading typed dates in either calendar and digit set.
import { expect } from "chai";
import { formatJalali, fromJalali, isJalaliLeapYear, jalaliMonthLength, parseDateInput, toJalali, toLatinDigits, toPersianDigits } from "../../../server/domain/jalali";

describe("Jalali calendar", () => {
  const pairs: [string, [number, number, number]][] = [
    ["2024-03-20", [1403, 1, 1]],
    ["2025-03-21", [1404, 1, 1]],
    ["2026-03-21", [1405, 1, 1]],
    ["2025-03-20", [1403, 12, 30]], // leap 1403: Esfand 30 exists
    ["2026-03-20", [1404, 12, 29]], // common 1404: Esfand has 29 days
    ["2026-11-22", [1405, 9, 1]],
    ["2000-02-29", [1378, 12, 10]], // a Gregorian leap day
    ["1979-02-11", [1357, 11, 22]],
  ];
  for (const [iso, [jy, jm, jd]] of pairs) {
    it(`${iso} = ${jy}/${jm}/${jd} both ways`, () => {
      expect(toJalali(iso)).to.deep.equal({ jy, jm, jd });
      expect(fromJalali(jy, jm, jd)).to.equal(iso);
    });
  }

  it("knows leap years and month lengths", () => {
    expect([1399, 1403, 1408].map(isJalaliLeapYear)).to.deep.equal([true, true, true]);
    expect([1400, 1402, 1404, 1405].map(isJalaliLeapYear)).to.deep.equal([false, false, false, false]);
    expect(jalaliMonthLength(1403, 12)).to.equal(30);
    expect(jalaliMonthLength(1404, 12)).to.equal(29);
    expect(jalaliMonthLength(1404, 1)).to.equal(31);
    expect(jalaliMonthLength(1404, 7)).to.equal(30);
  });

  it("round-trips every day across two leap cycles", () => {
    let d = Date.UTC(2023, 0, 1);
    for (let i = 0; i < 365 * 9; i++, d += 86_400_000) {
      const iso = new Date(d).toISOString().slice(0, 10);
      const j = toJalali(iso)!;
      expect(fromJalali(j.jy, j.jm, j.jd), iso).to.equal(iso);
    }
  });

  it("refuses days that do not exist", () => {
    expect(fromJalali(1404, 12, 30)).to.equal(null);
    expect(fromJalali(1404, 13, 1)).to.equal(null);
    expect(fromJalali(1404, 7, 31)).to.equal(null);
    expect(toJalali("2026-02-30")).to.equal(null);
    // Outside what the arithmetic covers: no Jalali date (formatting falls back to the ISO date).
    expect(toJalali("9999-12-31")).to.equal(null);
    expect(formatJalali("9999-12-31", { style: "long", persianDigits: true })).to.equal("9999-12-31");
  });

  it("formats with Persian or Latin digits, numeric or with month names", () => {
    expect(formatJalali("2026-11-22", { style: "numeric", persianDigits: true })).to.equal("۱۴۰۵/۰۹/۰۱");
    expect(formatJalali("2026-11-22", { style: "long", persianDigits: true })).to.equal("۱ آذر ۱۴۰۵");
    expect(formatJalali("2026-11-22", { style: "long", persianDigits: false })).to.equal("1 Azar 1405");
    expect(toPersianDigits("2026-11")).to.equal("۲۰۲۶-۱۱");
    expect(toLatinDigits("۱۴۰۵/٠٩/۰۱")).to.equal("1405/09/01");
  });

  it("reads typed dates in either calendar, unambiguously by the year", () => {
    expect(parseDateInput("۱۴۰۵/۰۹/۰۱")).to.deep.equal({ ok: true, iso: "2026-11-22", calendar: "jalali" });
    expect(parseDateInput("1405-9-1")).to.deep.equal({ ok: true, iso: "2026-11-22", calendar: "jalali" });
    expect(parseDateInput("2026-11-22")).to.deep.equal({ ok: true, iso: "2026-11-22", calendar: "gregorian" });
    expect(parseDateInput(" ۲۰۲۶/۱۱/۲۲ ")).to.deep.equal({ ok: true, iso: "2026-11-22", calendar: "gregorian" });
    for (const bad of ["", "1404/12/30", "2026-02-30", "22/11/2026", "1405/09", "tomorrow", "1405/09/01/02"]) {
      expect(parseDateInput(bad).ok, bad).to.equal(false);
    }
  });
});
