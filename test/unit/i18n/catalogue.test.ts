// Catalogue completeness: every key the views and the server code use exists in English, Persian has no
// stray keys, placeholders agree between locales, and no message is empty. Scans the source tree at
// test time, so new views and routes are checked without editing this file.
import { expect } from "chai";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../../../server/paths";
import { en } from "../../../server/i18n/en";
import { fa } from "../../../server/i18n/fa";
import * as domainTypes from "../../../server/domain/types";

const EN = en as Record<string, string>;
const FA = fa as Record<string, string>;

/** What a catalogue key looks like: dotted lower-camel segments ("projects.field.name", "gate.in_progress"). */
const KEY = /^[a-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_-]+)+$/;

/**
 * The enumerations a dynamic key's suffix may come from ({{tk "gate." state}}): every exported string
 * list in server/domain/types.ts, plus ISO weekdays.
 */
const ENUMERATIONS: Record<string, readonly string[]> = {
  ...Object.fromEntries(
    Object.entries(domainTypes as Record<string, unknown>).filter(
      (e): e is [string, readonly string[]] => Array.isArray(e[1]) && e[1].length > 0 && e[1].every((v) => typeof v === "string"),
    ),
  ),
  ISO_WEEKDAYS: ["1", "2", "3", "4", "5", "6", "7"],
};

interface Use {
  key: string;
  at: string;
}

function filesUnder(dir: string, ext: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full, ext));
    else if (entry.name.endsWith(ext)) out.push(full);
  }
  return out.sort();
}

function where(file: string, src: string, index: number): string {
  return `${path.relative(ROOT, file)}:${src.slice(0, index).split("\n").length}`;
}

// ---------------------------------------------------------------------------------------------------
// Views: {{t "key"}}, (t "key"), {{tk "prefix." value}}, (t (concat "prefix." value)).

function scanViews(): { keys: Use[]; prefixes: Use[] } {
  const keys: Use[] = [];
  const prefixes: Use[] = [];
  for (const file of filesUnder(path.join(ROOT, "views"), ".hbs")) {
    const src = fs.readFileSync(file, "utf8");
    for (const m of src.matchAll(/(?:\{\{~?\{?|\()\s*t\s+(["'])(.*?)\1/g)) keys.push({ key: m[2], at: where(file, src, m.index) });
    for (const m of src.matchAll(/(?:\{\{~?\{?|\()\s*tk\s+(["'])(.*?)\1/g)) prefixes.push({ key: m[2], at: where(file, src, m.index) });
    for (const m of src.matchAll(/(?:\{\{~?\{?|\()\s*t\s+\(\s*concat\s+(["'])(.*?)\1/g)) {
      prefixes.push({ key: m[2], at: where(file, src, m.index) });
    }
  }
  return { keys, prefixes };
}

// ---------------------------------------------------------------------------------------------------
// TypeScript: a tiny scanner that understands strings, comments and bracket nesting well enough to
// split call arguments and find the string literals at the top level of an argument.

/** Index just past the string/comment starting at i, or i when there is none. */
function skipStringOrComment(src: string, i: number): number {
  const c = src[i];
  if (c === "/" && src[i + 1] === "/") return src.indexOf("\n", i) === -1 ? src.length : src.indexOf("\n", i);
  if (c === "/" && src[i + 1] === "*") return src.indexOf("*/", i + 2) === -1 ? src.length : src.indexOf("*/", i + 2) + 2;
  if (c === '"' || c === "'") {
    let j = i + 1;
    while (j < src.length && src[j] !== c && src[j] !== "\n") j += src[j] === "\\" ? 2 : 1;
    return j + 1;
  }
  if (c === "`") {
    let j = i + 1;
    while (j < src.length && src[j] !== "`") {
      if (src[j] === "\\") j += 2;
      else if (src[j] === "$" && src[j + 1] === "{") j = readUntil(src, j + 2, "}") + 1;
      else j++;
    }
    return j + 1;
  }
  return i;
}

/** Index of the first top-level character in `stops` at or after i (string/comment/bracket aware). */
function readUntil(src: string, i: number, stops: string): number {
  let depth = 0;
  while (i < src.length) {
    const skipped = skipStringOrComment(src, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const c = src[i];
    if (depth === 0 && stops.includes(c)) return i;
    if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    if (depth < 0) return i;
    i++;
  }
  return src.length;
}

/** The top-level arguments of the call whose "(" is at openIndex. */
function callArguments(src: string, openIndex: number): { text: string; start: number }[] {
  const args: { text: string; start: number }[] = [];
  let i = openIndex + 1;
  while (i < src.length) {
    const end = readUntil(src, i, ",)");
    args.push({ text: src.slice(i, end), start: i });
    if (src[end] !== ",") break;
    i = end + 1;
  }
  return args;
}

/** String literals of an expression; with topLevelOnly, only those not nested in brackets (ternary branches count). */
function literalsOf(expr: string, topLevelOnly: boolean): { value: string; template: boolean; index: number }[] {
  const out: { value: string; template: boolean; index: number }[] = [];
  let depth = 0;
  let i = 0;
  while (i < expr.length) {
    const c = expr[i];
    const skipped = skipStringOrComment(expr, i);
    if (skipped !== i) {
      if ((c === '"' || c === "'" || c === "`") && (!topLevelOnly || depth === 0)) {
        out.push({ value: expr.slice(i + 1, skipped - 1), template: c === "`", index: i });
      }
      i = skipped;
      continue;
    }
    if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    i++;
  }
  return out;
}

/** Which arguments of each translating call hold a catalogue key. */
const KEY_ARGUMENTS: Record<string, number[]> = {
  t: [0],
  translate: [1],
  translatePlain: [1],
  flash: [1],
  DomainError: [0],
  ConflictError: [0],
  BadRequestError: [0],
  HttpError: [1, 2],
};

function scanTypeScript(): { keys: Use[]; prefixes: Use[] } {
  const keys: Use[] = [];
  const prefixes: Use[] = [];
  const record = (file: string, src: string, base: number, lit: { value: string; template: boolean; index: number }) => {
    const at = where(file, src, base + lit.index);
    if (!lit.template) {
      if (KEY.test(lit.value)) keys.push({ key: lit.value, at });
    } else if (!lit.value.includes("${")) {
      if (KEY.test(lit.value)) keys.push({ key: lit.value, at });
    } else {
      const prefix = lit.value.slice(0, lit.value.indexOf("${"));
      if (/^[a-z][A-Za-z0-9_.]*\.$/.test(prefix)) prefixes.push({ key: prefix, at });
    }
  };

  for (const file of filesUnder(path.join(ROOT, "server"), ".ts")) {
    const src = fs.readFileSync(file, "utf8");
    // Calls: t("k"), res.locals.t("k"), translate(locale, "k"), flash(res, "k"), new DomainError("k"), ...
    const calls = new RegExp(`(?:\\blocals\\.|(?<![\\w$.]))(${Object.keys(KEY_ARGUMENTS).join("|")})\\s*\\(`, "g");
    for (const m of src.matchAll(calls)) {
      const args = callArguments(src, m.index + m[0].length - 1);
      for (const n of KEY_ARGUMENTS[m[1]]) {
        const arg = args[n];
        if (arg) for (const lit of literalsOf(arg.text, true)) record(file, src, arg.start, lit);
      }
    }
    // zod messages ({ error: "errors.x" } or error: (iss) => ... "errors.x" ...) and key-valued
    // properties ({ key: "k" }, titleKey: "k").
    for (const m of src.matchAll(/\b(error|key|[a-z]\w*Key)\s*:\s*/g)) {
      const start = m.index + m[0].length;
      const end = readUntil(src, start, ",;)}");
      const expr = src.slice(start, end);
      for (const lit of literalsOf(expr, m[1] !== "error")) record(file, src, start, lit);
    }
  }
  return { keys, prefixes };
}

// ---------------------------------------------------------------------------------------------------

/** Keys a dynamic prefix needs: all values of the enumeration it best matches. */
function missingForPrefix(prefix: string): string[] {
  let best: { name: string; present: number; missing: string[] } | null = null;
  for (const [name, values] of Object.entries(ENUMERATIONS)) {
    const missing = values.filter((v) => !(`${prefix}${v}` in EN)).map((v) => `${prefix}${v}`);
    const present = values.length - missing.length;
    if (present > 0 && (!best || present > best.present)) best = { name, present, missing };
  }
  if (best) return best.missing;
  // No enumeration fits: at least some key must start with the prefix.
  return Object.keys(EN).some((k) => k.startsWith(prefix)) ? [] : [`${prefix}*`];
}

function report(missing: Use[]): string[] {
  const byKey = new Map<string, string[]>();
  for (const u of missing) byKey.set(u.key, [...(byKey.get(u.key) ?? []), u.at]);
  return [...byKey.entries()].map(([key, at]) => `${key}  (${[...new Set(at)].join(", ")})`).sort();
}

const placeholders = (message: string) => [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe("i18n catalogue", () => {
  const views = scanViews();
  const code = scanTypeScript();

  it("finds the keys used in views and code (the scan itself works)", () => {
    expect(views.keys.map((u) => u.key)).to.include.members(["app.name", "nav.projects", "form.errorSummary"]);
    expect(views.prefixes.map((u) => u.key)).to.include("gate.");
    expect(code.keys.map((u) => u.key)).to.include.members([
      "projects.created", // flash(res, "…")
      "projects.new", // res.locals.t("…")
      "error.server.title", // translate(locale, "…")
      "links.errors.cycle", // new DomainError("…")
      "errors.workingDays", // zod { error: "…" }
      "errors.integer", // zod error: (iss) => … ? "…" : "…"
      "projects.archivedTitle", // t(cond ? "…" : "…")
      "projects.deleteMismatch", // { key: "…" }
    ]);
  });

  it("has every key the views use in English", () => {
    expect(report(views.keys.filter((u) => !(u.key in EN)))).to.deep.equal([]);
  });

  it("has every key of a dynamic view key ({{tk \"prefix.\" value}}) for each value of its enumeration", () => {
    const missing = views.prefixes.flatMap((u) => missingForPrefix(u.key).map((key) => ({ key, at: u.at })));
    expect(report(missing)).to.deep.equal([]);
  });

  it("has every key the server code uses in English", () => {
    const missing = [
      ...code.keys.filter((u) => !(u.key in EN)),
      ...code.prefixes.flatMap((u) => missingForPrefix(u.key).map((key) => ({ key, at: u.at }))),
    ];
    expect(report(missing)).to.deep.equal([]);
  });

  it("defines each English key in exactly one module of server/i18n/en", () => {
    const dir = path.join(__dirname, "../../../server/i18n/en");
    const owners = new Map<string, string[]>();
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".js")).sort()) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(path.join(dir, file)) as Record<string, unknown>;
      for (const cat of Object.values(mod)) {
        if (!cat || typeof cat !== "object") continue;
        for (const key of Object.keys(cat)) owners.set(key, [...(owners.get(key) ?? []), file]);
      }
    }
    const duplicates = [...owners.entries()].filter(([, files]) => files.length > 1).map(([key, files]) => `${key}: ${files.join(", ")}`);
    expect(duplicates).to.deep.equal([]);
    expect(owners.size).to.equal(Object.keys(EN).length);
  });

  it("has no Persian key that English lacks", () => {
    expect(Object.keys(FA).filter((k) => !(k in EN))).to.deep.equal([]);
  });

  it("uses the same placeholders in Persian as in English for every key", () => {
    const mismatched = Object.keys(FA)
      .filter((k) => k in EN && placeholders(FA[k]).join(",") !== placeholders(EN[k]).join(","))
      .map((k) => `${k}: en {${placeholders(EN[k]).join("}, {")}} fa {${placeholders(FA[k]).join("}, {")}}`);
    expect(mismatched).to.deep.equal([]);
  });

  it("has no empty message in English or Persian", () => {
    const empty = [
      ...Object.entries(EN).filter(([, m]) => typeof m !== "string" || m.trim() === "").map(([k]) => `en ${k}`),
      ...Object.entries(FA).filter(([, m]) => typeof m !== "string" || m.trim() === "").map(([k]) => `fa ${k}`),
    ];
    expect(empty).to.deep.equal([]);
  });
});
