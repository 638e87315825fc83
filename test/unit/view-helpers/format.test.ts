// Unit: dates and timestamps in each locale × calendar, date-field values, localised message numbers, and
// the Handlebars helpers reading the page's locale and calendar.
import { expect } from "chai";
import type { HelperOptions } from "handlebars";
import { calendarOf, formatDate, formatDateInput, formatNumber, formatTimestamp, localNumbers } from "../../../server/view-helpers/format";
import { dateHelpers } from "../../../server/view-helpers/dates";

/** Handlebars options for a page with this root context. */
const page = (root: Record<string, unknown>) => ({ data: { root }, hash: {} }) as unknown as HelperOptions;

describe("view-helpers/format", () => {
  describe("formatDate", () => {
    it("writes each locale × calendar (1 Azar 1405 = 22 Nov 2026)", () => {
      expect(formatDate("2026-11-22", "en", "gregorian")).to.equal("22 Nov 2026");
      expect(formatDate("2026-11-22", "en", "jalali")).to.equal("1 Azar 1405");
      expect(formatDate("2026-11-22", "fa", "jalali")).to.equal("۱ آذر ۱۴۰۵");
      expect(formatDate("2026-11-22", "fa", "gregorian")).to.equal("۲۲ نوامبر ۲۰۲۶");
    });

    it("defaults to the locale's calendar: Jalali in Persian, Gregorian in English", () => {
      expect(formatDate("2027-03-10", "en")).to.equal("10 Mar 2027");
      expect(formatDate("2026-03-20", "fa")).to.equal("۲۹ اسفند ۱۴۰۴");
      expect(formatDate("2025-03-20", "fa")).to.equal("۳۰ اسفند ۱۴۰۳"); // leap 1403
      expect(formatDate("2026-03-21", "fa")).to.equal("۱ فروردین ۱۴۰۵");
    });

    it("gives anything that is not a date back unchanged", () => {
      expect(formatDate("soon", "fa", "jalali")).to.equal("soon");
      expect(formatDate("", "en")).to.equal("");
    });
  });

  describe("formatTimestamp", () => {
    const at = "2026-11-22T14:05:00.000Z";

    it("writes each locale × calendar, the time in UTC, in the locale's digits and words", () => {
      expect(formatTimestamp(at, "en", "gregorian")).to.equal("22 Nov 2026, 14:05 UTC");
      expect(formatTimestamp(at, "en", "jalali")).to.equal("1 Azar 1405, 14:05 UTC");
      expect(formatTimestamp(at, "fa", "jalali")).to.equal("۱ آذر ۱۴۰۵، ۱۴:۰۵ (زمان هماهنگ جهانی)");
      expect(formatTimestamp(at, "fa", "gregorian")).to.equal("۲۲ نوامبر ۲۰۲۶، ۱۴:۰۵ (زمان هماهنگ جهانی)");
      expect(formatTimestamp(at, "fa")).to.equal("۱ آذر ۱۴۰۵، ۱۴:۰۵ (زمان هماهنگ جهانی)");
    });

    it("takes the day in UTC, late evening included", () => {
      expect(formatTimestamp("2026-03-20T23:59:00.000Z", "fa")).to.equal("۲۹ اسفند ۱۴۰۴، ۲۳:۵۹ (زمان هماهنگ جهانی)");
      expect(formatTimestamp("2026-03-21T00:00:00.000Z", "en", "jalali")).to.equal("1 Farvardin 1405, 00:00 UTC");
    });
  });

  describe("formatDateInput", () => {
    it("shows an ISO date as Jalali year/month/day in a Jalali page, Persian digits in Persian", () => {
      expect(formatDateInput("2026-11-22", "fa", "jalali")).to.equal("۱۴۰۵/۰۹/۰۱");
      expect(formatDateInput("2026-11-22", "en", "jalali")).to.equal("1405/09/01");
      expect(formatDateInput("2026-11-22", "fa")).to.equal("۱۴۰۵/۰۹/۰۱");
    });

    it("keeps ISO for the browser's date picker in a Gregorian page", () => {
      expect(formatDateInput("2026-11-22", "en", "gregorian")).to.equal("2026-11-22");
      expect(formatDateInput("2026-11-22", "fa", "gregorian")).to.equal("2026-11-22");
      expect(formatDateInput("2026-11-22", "en")).to.equal("2026-11-22");
    });

    it("keeps the user's own input as typed", () => {
      expect(formatDateInput("۱۴۰۵/۹/۱", "fa", "jalali")).to.equal("۱۴۰۵/۹/۱");
      expect(formatDateInput("1404/12/30", "fa", "jalali")).to.equal("1404/12/30");
      expect(formatDateInput("", "fa", "jalali")).to.equal("");
    });
  });

  it("knows the calendars and falls back to the locale's for anything else", () => {
    expect(calendarOf("fa", undefined)).to.equal("jalali");
    expect(calendarOf("en", undefined)).to.equal("gregorian");
    expect(calendarOf("en", "jalali")).to.equal("jalali");
    expect(calendarOf("fa", "gregorian")).to.equal("gregorian");
    expect(calendarOf("fa", "julian")).to.equal("jalali");
  });

  it("writes numbers in the locale's digits, and message params with them in Persian only", () => {
    expect(formatNumber(1250.5, "en")).to.equal("1,250.5");
    expect(formatNumber(1250.5, "fa")).to.equal("۱٬۲۵۰٫۵");
    expect(localNumbers({ count: 3, name: "x" }, "fa")).to.deep.equal({ count: "۳", name: "x" });
    // English keeps numbers: its "one||other" messages choose their form by them.
    expect(localNumbers({ count: 3, name: "x" }, "en")).to.deep.equal({ count: 3, name: "x" });
  });

  describe("Handlebars helpers", () => {
    it("{{date}} and {{timestamp}} follow the page's locale and calendar", () => {
      expect(dateHelpers.date("2026-11-22", page({ locale: "fa", calendar: "jalali" }))).to.equal("۱ آذر ۱۴۰۵");
      expect(dateHelpers.date("2026-11-22", page({ locale: "fa", calendar: "gregorian" }))).to.equal("۲۲ نوامبر ۲۰۲۶");
      expect(dateHelpers.date("2026-11-22", page({ locale: "en", calendar: "jalali" }))).to.equal("1 Azar 1405");
      expect(dateHelpers.date("2026-11-22", page({ locale: "en", calendar: "gregorian" }))).to.equal("22 Nov 2026");
      expect(dateHelpers.date("2026-11-22", page({ locale: "fa" }))).to.equal("۱ آذر ۱۴۰۵");
      expect(dateHelpers.date("2026-11-22", page({}))).to.equal("22 Nov 2026");
      expect(dateHelpers.date(null, page({ locale: "fa" }))).to.equal("");
      const at = new Date("2026-11-22T14:05:00.000Z");
      expect(dateHelpers.timestamp(at, page({ locale: "fa", calendar: "jalali" }))).to.equal("۱ آذر ۱۴۰۵، ۱۴:۰۵ (زمان هماهنگ جهانی)");
      expect(dateHelpers.timestamp(at.toISOString(), page({ locale: "en", calendar: "gregorian" }))).to.equal("22 Nov 2026, 14:05 UTC");
    });

    it("makes date fields typed Jalali fields in Jalali pages only", () => {
      expect(dateHelpers.jalaliDateField("date", page({ locale: "fa", calendar: "jalali" }))).to.equal(true);
      expect(dateHelpers.jalaliDateField("date", page({ locale: "en", calendar: "jalali" }))).to.equal(true);
      expect(dateHelpers.jalaliDateField("date", page({ locale: "fa", calendar: "gregorian" }))).to.equal(false);
      expect(dateHelpers.jalaliDateField("text", page({ locale: "fa", calendar: "jalali" }))).to.equal(false);
      expect(dateHelpers.dateInputValue("2026-11-22", page({ locale: "fa", calendar: "jalali" }))).to.equal("۱۴۰۵/۰۹/۰۱");
      expect(dateHelpers.dateInputValue(undefined, page({ locale: "fa", calendar: "jalali" }))).to.equal("");
      expect(dateHelpers.jalaliDateExample(page({ locale: "fa" }))).to.equal("۱۴۰۵/۰۹/۰۱");
      expect(dateHelpers.jalaliDateExample(page({ locale: "en" }))).to.equal("1405/09/01");
    });
  });
});
