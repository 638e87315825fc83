// Unit: date fields read either calendar in either digit set — Jalali years (below 1700) and Gregorian
// ones — as ISO dates; the holidays textarea and the activity filter do too.
import { expect } from "chai";
import { z } from "zod";
import { field, parseForm, readDate } from "../../../server/forms/form";
import { parseFromTemplateForm } from "../../../server/forms/from-template";
import { parseActivityQuery } from "../../../server/forms/activity";
import { parseCalendarExceptionForm } from "../../../server/forms/calendar";

function one(schema: z.ZodType, value: unknown) {
  const result = parseForm(z.object({ f: schema }), value === undefined ? {} : { f: value });
  return result.ok ? { ok: true as const, value: (result.value as { f: unknown }).f } : { ok: false as const, error: result.errors.f };
}

describe("forms: dates in either calendar", () => {
  it("reads Jalali dates in Persian, Arabic-Indic or Latin digits", () => {
    expect(one(field.date(), "۱۴۰۵/۰۹/۰۱")).to.deep.equal({ ok: true, value: "2026-11-22" });
    expect(one(field.date(), "1405/9/1")).to.deep.equal({ ok: true, value: "2026-11-22" });
    expect(one(field.date(), "١٤٠٥-٠٩-٠١")).to.deep.equal({ ok: true, value: "2026-11-22" });
    expect(one(field.date(), " 1403/12/30 ")).to.deep.equal({ ok: true, value: "2025-03-20" }); // leap 1403
    expect(one(field.optionalDate(), "۱۴۰۵/۰۱/۰۱")).to.deep.equal({ ok: true, value: "2026-03-21" });
  });

  it("still reads Gregorian dates, ISO or with slashes, in either digit set", () => {
    expect(one(field.date(), "2026-11-22")).to.deep.equal({ ok: true, value: "2026-11-22" });
    expect(one(field.date(), "۲۰۲۶/۱۱/۲۲")).to.deep.equal({ ok: true, value: "2026-11-22" });
    expect(one(field.optionalDate(), "2028-02-29")).to.deep.equal({ ok: true, value: "2028-02-29" });
  });

  it("refuses days that do not exist with errors.date, and empty required ones with errors.required", () => {
    expect(one(field.date(), "1404/12/30")).to.deep.equal({ ok: false, error: { key: "errors.date" } }); // 1404 is common
    expect(one(field.optionalDate(), "۱۴۰۴/۱۲/۳۰")).to.deep.equal({ ok: false, error: { key: "errors.date" } });
    expect(one(field.date(), "1405/13/01")).to.deep.equal({ ok: false, error: { key: "errors.date" } });
    expect(one(field.date(), "1405/09")).to.deep.equal({ ok: false, error: { key: "errors.date" } });
    expect(one(field.date(), "22/11/2026")).to.deep.equal({ ok: false, error: { key: "errors.date" } });
    expect(one(field.date(), "")).to.deep.equal({ ok: false, error: { key: "errors.required" } });
    expect(one(field.optionalDate(), "")).to.deep.equal({ ok: true, value: null });
    expect(readDate("1404/12/30")).to.equal(null);
    expect(readDate("۱۴۰۵/۰۹/۰۱")).to.equal("2026-11-22");
  });

  it("keeps the typed text in the values shown back after a refusal", () => {
    const r = parseForm(z.object({ d: field.date() }), { d: "۱۴۰۴/۱۲/۳۰" });
    expect(r.ok).to.equal(false);
    expect(r.values.d).to.equal("۱۴۰۴/۱۲/۳۰");
  });

  it("compares a Jalali range by its ISO days (calendar exceptions)", () => {
    const ok = parseCalendarExceptionForm({ date: "۱۴۰۴/۱۲/۲۸", until: "1405/01/02", name: "Nowruz" });
    expect(ok.ok && ok.value.dates).to.deep.equal(["2026-03-19", "2026-03-20", "2026-03-21", "2026-03-22"]);
    const backwards = parseCalendarExceptionForm({ date: "1405/01/02", until: "2026-03-19", name: "" });
    expect(backwards.ok ? null : backwards.errors.until).to.deep.equal({ key: "errors.finishBeforeStart" });
  });

  it("reads the holidays textarea one date a line in either calendar, sorted and distinct", () => {
    const body = { template: "t:en", anchor: "kickoff", date: "۱۴۰۵/۰۱/۱۵", holidays: "۱۴۰۵/۰۱/۰۱\r\n2026-03-22\n\n1405/1/2\n2026-03-21" };
    const r = parseFromTemplateForm(body, () => true);
    expect(r.ok).to.equal(true);
    if (r.ok) {
      expect(r.value.date).to.equal("2026-04-04");
      expect(r.value.holidays).to.deep.equal(["2026-03-21", "2026-03-22"]);
    }
    const bad = parseFromTemplateForm({ ...body, holidays: "1405/01/01\n1404/12/30" }, () => true);
    expect(bad.ok ? null : bad.errors.holidays).to.deep.equal({ key: "templates.errors.holidays" });
  });

  it("reads the activity filter's dates in either calendar as ISO", () => {
    const q = parseActivityQuery({ from: "۱۴۰۵/۰۹/۰۱", to: "1405/9/30", page: "1" });
    expect(q.filter).to.include({ from: "2026-11-22", to: "2026-12-21" });
    expect(q.values).to.include({ from: "2026-11-22", to: "2026-12-21" });
    expect(parseActivityQuery({ from: "1404/12/30" }).filter.from).to.equal(null);
  });
});
