import { expect } from "chai";
import { z } from "zod";
import { field, issueToError, normaliseDigits, parseForm } from "../../../server/forms/form";

/** Parses one value with a field schema through parseForm, as a route would. */
function one(schema: z.ZodType, value: unknown) {
  const result = parseForm(z.object({ f: schema }), value === undefined ? {} : { f: value });
  return result.ok ? { ok: true as const, value: (result.value as { f: unknown }).f } : { ok: false as const, error: result.errors.f };
}

/** The first issue zod reports for a value, mapped to a catalogue key. */
function mapped(schema: z.ZodType, value: unknown) {
  const r = schema.safeParse(value);
  if (r.success) expect.fail(`expected ${JSON.stringify(value)} to fail`);
  return issueToError(r.error.issues[0]);
}

describe("forms/form", () => {
  describe("normaliseDigits", () => {
    it("turns Persian digits ۰–۹ into ASCII digits", () => {
      expect(normaliseDigits("۰۱۲۳۴۵۶۷۸۹")).to.equal("0123456789");
      expect(normaliseDigits("۱۴۰۵-۰۱-۱۲")).to.equal("1405-01-12");
    });

    it("turns Arabic-Indic digits ٠–٩ into ASCII digits", () => {
      expect(normaliseDigits("٠١٢٣٤٥٦٧٨٩")).to.equal("0123456789");
    });

    it("leaves ASCII digits and other text alone", () => {
      expect(normaliseDigits("Phase 2: گام ۳")).to.equal("Phase 2: گام 3");
      expect(normaliseDigits("")).to.equal("");
    });
  });

  describe("field.text and field.optionalText", () => {
    it("trims text and requires something", () => {
      expect(one(field.text(10), "  Acme  ")).to.deep.equal({ ok: true, value: "Acme" });
      expect(one(field.text(10), "   ")).to.deep.equal({ ok: false, error: { key: "errors.required" } });
      expect(one(field.text(10), undefined)).to.deep.equal({ ok: false, error: { key: "errors.required" } });
    });

    it("reports text over the limit with the limit", () => {
      expect(one(field.text(5), "abcdef")).to.deep.equal({ ok: false, error: { key: "errors.tooLong", params: { max: 5 } } });
      expect(one(field.optionalText(3), "abcd")).to.deep.equal({ ok: false, error: { key: "errors.tooLong", params: { max: 3 } } });
    });

    it("treats a list (a repeated field) as missing rather than crashing", () => {
      expect(one(field.text(10), ["a", "b"])).to.deep.equal({ ok: false, error: { key: "errors.required" } });
      expect(one(field.optionalText(10), ["a", "b"])).to.deep.equal({ ok: true, value: "" });
    });
  });

  describe("field.int", () => {
    const int = field.int(1, 10);

    it("parses whole numbers, in ASCII, Persian or Arabic-Indic digits", () => {
      expect(one(int, "7")).to.deep.equal({ ok: true, value: 7 });
      expect(one(int, " ۸ ")).to.deep.equal({ ok: true, value: 8 });
      expect(one(int, "٩")).to.deep.equal({ ok: true, value: 9 });
      expect(one(field.int(0, 5000), "1,250")).to.deep.equal({ ok: true, value: 1250 });
    });

    it("asks for a value when empty, missing or given a list", () => {
      expect(one(int, "")).to.deep.equal({ ok: false, error: { key: "errors.required" } });
      expect(one(int, undefined)).to.deep.equal({ ok: false, error: { key: "errors.required" } });
      expect(one(int, ["1", "2"])).to.deep.equal({ ok: false, error: { key: "errors.required" } });
    });

    it("asks for a whole number for text and fractions", () => {
      expect(one(int, "abc")).to.deep.equal({ ok: false, error: { key: "errors.integer" } });
      expect(one(int, "2.5")).to.deep.equal({ ok: false, error: { key: "errors.integer" } });
      expect(one(int, "1e3")).to.deep.equal({ ok: false, error: { key: "errors.integer" } });
    });

    it("reports the bounds with their values", () => {
      expect(one(int, "0")).to.deep.equal({ ok: false, error: { key: "errors.min", params: { min: 1 } } });
      expect(one(int, "11")).to.deep.equal({ ok: false, error: { key: "errors.max", params: { max: 10 } } });
      expect(one(int, "-3")).to.deep.equal({ ok: false, error: { key: "errors.min", params: { min: 1 } } });
    });
  });

  describe("field.optionalInt", () => {
    it("allows empty and checks a given value", () => {
      expect(one(field.optionalInt(0, 100), "")).to.deep.equal({ ok: true, value: undefined });
      expect(one(field.optionalInt(0, 100), "۴۲")).to.deep.equal({ ok: true, value: 42 });
      expect(one(field.optionalInt(0, 100), "x")).to.deep.equal({ ok: false, error: { key: "errors.integer" } });
      expect(one(field.optionalInt(0, 100), "101")).to.deep.equal({ ok: false, error: { key: "errors.max", params: { max: 100 } } });
    });
  });

  describe("field.number and field.optionalNumber", () => {
    it("parses decimals, negative numbers and the Arabic decimal separator", () => {
      expect(one(field.number(), "12.5")).to.deep.equal({ ok: true, value: 12.5 });
      expect(one(field.number(), "-4")).to.deep.equal({ ok: true, value: -4 });
      expect(one(field.number(), "۱۲٫۵")).to.deep.equal({ ok: true, value: 12.5 });
      expect(one(field.number(), "1 000")).to.deep.equal({ ok: true, value: 1000 });
    });

    it("asks for a value when empty and for a number when not numeric", () => {
      expect(one(field.number(), "")).to.deep.equal({ ok: false, error: { key: "errors.required" } });
      expect(one(field.number(), undefined)).to.deep.equal({ ok: false, error: { key: "errors.required" } });
      expect(one(field.number(), "twelve")).to.deep.equal({ ok: false, error: { key: "errors.number" } });
      expect(one(field.number(), "1.")).to.deep.equal({ ok: false, error: { key: "errors.number" } });
    });

    it("reports a number beyond ±10¹² with the bound", () => {
      expect(one(field.number(), "2000000000000")).to.deep.equal({ ok: false, error: { key: "errors.max", params: { max: 1e12 } } });
      expect(one(field.number(), "-2000000000000")).to.deep.equal({ ok: false, error: { key: "errors.min", params: { min: -1e12 } } });
    });

    it("gives null for an empty optional number", () => {
      expect(one(field.optionalNumber(), "")).to.deep.equal({ ok: true, value: null });
      expect(one(field.optionalNumber(), undefined)).to.deep.equal({ ok: true, value: null });
      expect(one(field.optionalNumber(), "3.25")).to.deep.equal({ ok: true, value: 3.25 });
      expect(one(field.optionalNumber(), "x")).to.deep.equal({ ok: false, error: { key: "errors.number" } });
    });
  });

  describe("field.date", () => {
    it("accepts an ISO date, also written in Persian digits", () => {
      expect(one(field.date(), "2026-03-02")).to.deep.equal({ ok: true, value: "2026-03-02" });
      expect(one(field.date(), "۲۰۲۶-۰۳-۰۲")).to.deep.equal({ ok: true, value: "2026-03-02" });
    });

    it("asks for a value when empty, missing or a list", () => {
      expect(one(field.date(), "")).to.deep.equal({ ok: false, error: { key: "errors.required" } });
      expect(one(field.date(), undefined)).to.deep.equal({ ok: false, error: { key: "errors.required" } });
      expect(one(field.date(), ["2026-03-02"])).to.deep.equal({ ok: false, error: { key: "errors.required" } });
    });

    it("rejects impossible or badly written dates", () => {
      expect(one(field.date(), "2026-02-29")).to.deep.equal({ ok: false, error: { key: "errors.date" } });
      expect(one(field.date(), "02/03/2026")).to.deep.equal({ ok: false, error: { key: "errors.date" } });
      expect(one(field.date(), "next week")).to.deep.equal({ ok: false, error: { key: "errors.date" } });
    });

    it("reads a year, month and day without leading zeros (a typed date, not only the picker's ISO)", () => {
      expect(one(field.date(), "2026-1-1")).to.deep.equal({ ok: true, value: "2026-01-01" });
    });
  });

  describe("field.optionalDate", () => {
    it("gives null for empty or missing and checks a given date", () => {
      expect(one(field.optionalDate(), "")).to.deep.equal({ ok: true, value: null });
      expect(one(field.optionalDate(), undefined)).to.deep.equal({ ok: true, value: null });
      expect(one(field.optionalDate(), "2028-02-29")).to.deep.equal({ ok: true, value: "2028-02-29" });
      expect(one(field.optionalDate(), "2026-02-30")).to.deep.equal({ ok: false, error: { key: "errors.date" } });
    });
  });

  describe("field.choice", () => {
    const kind = field.choice(["people", "budget", "tool"] as const);

    it("accepts one of the options, trimmed", () => {
      expect(one(kind, "budget")).to.deep.equal({ ok: true, value: "budget" });
      expect(one(kind, " tool ")).to.deep.equal({ ok: true, value: "tool" });
    });

    it("rejects anything else, including missing values and lists", () => {
      for (const v of ["Budget", "other", "", undefined, ["budget"]]) {
        expect(one(kind, v), JSON.stringify(v)).to.deep.equal({ ok: false, error: { key: "errors.choice" } });
      }
    });
  });

  describe("field.optionalId", () => {
    it("gives null for empty or missing and a number for a positive id", () => {
      expect(one(field.optionalId(), "")).to.deep.equal({ ok: true, value: null });
      expect(one(field.optionalId(), undefined)).to.deep.equal({ ok: true, value: null });
      expect(one(field.optionalId(), "42")).to.deep.equal({ ok: true, value: 42 });
    });

    it("rejects zero, negative, padded, fractional and non-numeric ids as a bad choice", () => {
      for (const v of ["0", "-1", "007", "1.5", "abc", "12345678901"]) {
        expect(one(field.optionalId(), v), v).to.deep.equal({ ok: false, error: { key: "errors.choice" } });
      }
    });
  });

  describe("field.checkbox", () => {
    it("is true for the values a ticked box sends", () => {
      for (const v of ["on", "1", "true"]) expect(one(field.checkbox(), v), v).to.deep.equal({ ok: true, value: true });
    });

    it("is false when the box is absent or sends anything else", () => {
      for (const v of [undefined, "", "off", "0", "yes"]) expect(one(field.checkbox(), v), String(v)).to.deep.equal({ ok: true, value: false });
    });

    it("reads a hidden-input-plus-checkbox pair sent as a list", () => {
      expect(one(field.checkbox(), ["0", "on"])).to.deep.equal({ ok: true, value: true });
      expect(one(field.checkbox(), ["0", "1"])).to.deep.equal({ ok: true, value: true });
      expect(one(field.checkbox(), ["0"])).to.deep.equal({ ok: true, value: false });
    });
  });

  describe("field.email", () => {
    it("allows empty and checks the address", () => {
      expect(one(field.email(), "")).to.deep.equal({ ok: true, value: "" });
      expect(one(field.email(), " sara@example.com ")).to.deep.equal({ ok: true, value: "sara@example.com" });
      expect(one(field.email(), "sara@")).to.deep.equal({ ok: false, error: { key: "errors.email" } });
    });
  });

  describe("issueToError", () => {
    it("passes catalogue keys set on the schema straight through", () => {
      expect(mapped(z.string().min(1, { error: "errors.workingDays" }), "")).to.deep.equal({ key: "errors.workingDays" });
      expect(mapped(z.string().refine(() => false, { error: "links.errors.cycle" }), "x")).to.deep.equal({ key: "links.errors.cycle" });
    });

    it("maps too-long text to errors.tooLong with the maximum", () => {
      expect(mapped(z.string().max(3), "abcd")).to.deep.equal({ key: "errors.tooLong", params: { max: 3 } });
    });

    it("maps too-short text to errors.required", () => {
      expect(mapped(z.string().min(1), "")).to.deep.equal({ key: "errors.required" });
    });

    it("maps number bounds to errors.min and errors.max with the bound", () => {
      expect(mapped(z.number().min(2), 1)).to.deep.equal({ key: "errors.min", params: { min: 2 } });
      expect(mapped(z.number().max(5), 6)).to.deep.equal({ key: "errors.max", params: { max: 5 } });
    });

    it("maps a value outside an enumeration to errors.choice", () => {
      expect(mapped(z.enum(["a", "b"]), "c")).to.deep.equal({ key: "errors.choice" });
    });

    it("maps a bad format and any other problem to errors.invalid", () => {
      expect(mapped(z.email(), "nope")).to.deep.equal({ key: "errors.invalid" });
      expect(mapped(z.boolean(), "x")).to.deep.equal({ key: "errors.invalid" });
    });
  });

  describe("parseForm", () => {
    const schema = z.object({ name: field.text(20), size: field.int(1, 9) });

    it("returns the typed value and the raw values on success", () => {
      const body = { name: " Acme ", size: "3", _csrf: "t" };
      expect(parseForm(schema, body)).to.deep.equal({ ok: true, value: { name: "Acme", size: 3 }, values: body });
    });

    it("returns one error per field and keeps the raw values to re-render", () => {
      const body = { name: "", size: "x" };
      expect(parseForm(schema, body)).to.deep.equal({
        ok: false,
        errors: { name: { key: "errors.required" }, size: { key: "errors.integer" } },
        values: body,
      });
    });

    it("keeps only the first error for a field", () => {
      const twice = z.object({ code: z.string().min(3, { error: "errors.required" }).regex(/^\d+$/, { error: "errors.number" }) });
      expect(parseForm(twice, { code: "a" })).to.deep.include({ ok: false, errors: { code: { key: "errors.required" } } });
    });

    it("treats a missing body as empty and files object-level errors under _form", () => {
      expect(parseForm(schema, undefined)).to.deep.include({ ok: false, values: {} });
      const whole = z.object({ a: z.string() }).refine(() => false, { error: "errors.finishBeforeStart" });
      expect(parseForm(whole, { a: "x" })).to.deep.include({ ok: false, errors: { _form: { key: "errors.finishBeforeStart" } } });
    });
  });
});
