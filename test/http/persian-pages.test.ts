// HTTP: Persian on every page. Every page a person can reach — each GET of PROJECT_ROUTES, the global pages
// (projects, templates, administration, account, sign-in, first-run setup, share links, error pages) and the
// forms as they come back with validation errors — is rendered in Persian over a project whose data is
// Persian (laid out from the Persian "enterprise E-CRM" template, with Persian people, notes, comments,
// baselines, holidays and share links). Whatever Latin-letter word is left on the page is then an English
// UI leftover, unless it is one of the few names and technical tokens of ALLOWED_WORDS / ALLOWED_PHRASES,
// something Latin by nature (e-mail addresses, URLs, file names and paths, task keys), or a Latin acronym
// the Persian templates' own text uses (data, like a person's e-mail). The project pages are generated from
// PROJECT_ROUTES and a guard checks that every GET route the app registers is visited, so a new page is
// covered as soon as it exists. A second check reads every message of the Persian catalogue, so flash and
// error messages no page here happens to show are covered too.
//
// "Visible text" is what a reader meets: the text of <title> and <body> (without <script>, <style>,
// <template>, literal computer text in <pre>/<code>/<kbd>/<samp>, and elements explicitly marked as another
// language, such as the "EN" switch or MS Project's English menu names), plus the attributes people read
// (title, placeholder, alt, aria-label, aria-description, aria-valuetext, aria-roledescription, label,
// data-print-title), button captions and the values fields come filled with.
//
// Each failing page is reported with its offending words, each word with the text around it.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import Handlebars from "handlebars";
import type { AnyNode } from "domhandler";
import type { DataSource } from "typeorm";
import type { Express } from "express";
import { createApp } from "../../server/app";
import { createServices, type Services } from "../../server/services";
import { UserService } from "../../server/services/user-service";
import { PROJECT_ROUTES } from "../../server/domain/route-permissions";
import { PHASE_KINDS } from "../../server/domain/types";
import { GANTT_ZOOMS } from "../../server/domain/gantt-layout";
import type { ProjectTemplate } from "../../server/domain/template-format";
import { translate, translatePlain } from "../../server/i18n";
import { fa } from "../../server/i18n/fa";
import { BUILT_IN_TEMPLATES } from "../../seeds/templates";
import { runSeeds } from "../../seeds/run";
import { ChecklistItem, Expectation, Goal, Member, Project, Resource, Task, Template, User } from "../../entities";
import { freshDataSource } from "../support/db";
import { NOW, TODAY } from "../support/app";
import { formBody } from "../support/more-factories";
import { translationHelpers } from "../../server/view-helpers/translate";

// ---------------------------------------------------------------------------------------------------
// What may stay Latin in a Persian page.

/**
 * Names and technical tokens that are Latin in Persian text too. Phrases are removed before words are
 * taken, so "MS Project" allows "Project" only right after "MS".
 */
const ALLOWED_PHRASES = ["MS Project", "E-CRM", "JSON Schema", "YYYY-MM-DD"];
const ALLOWED_WORDS = new Set([
  // Names of the trade, kept in Persian text.
  "CRM", "KPI", "RACI", "WBS", "MoSCoW", "UAT", "SLA", "ERP", "SCM", "SMS",
  // Formats and technical terms.
  "JSON", "CSV", "XML", "MSPDI", "UID", "PDF", "URL", "ID",
  // Link types in the predecessor notation ("3FS+2"), as in MS Project; typed and shown as such.
  "FS", "SS", "FF", "SF",
]);

/**
 * TEMPORARY — findings in files whose owners are changing them right now (dates: server/view-helpers/format.ts,
 * dates.ts, server/forms/*, views/partials/field.hbs; the Gantt: server/domain/gantt-*.ts,
 * server/view-helpers/gantt-*.ts, server/routes/gantt.ts, views/gantt/*, views/partials/gantt-*.hbs,
 * views/partials/dashboard-gantt*.hbs). Each entry names the check ("english": a UI word left in English;
 * "isolation": Latin data not isolated inside Persian text), the page as the failure message names it, the
 * words, and where they come from. Remove an entry as soon as its fix lands: the suite prints the entries
 * that no longer occur. (Timestamps ending in "UTC", from format.ts, were listed here until their owner
 * fixed them.)
 */
interface Pending {
  check: "english" | "isolation";
  page: string;
  words: readonly string[];
  source: string;
}
const PENDING_OTHERS: readonly Pending[] = [];

/** The pending words of a check on a page; records which were met, for the note about stale entries. */
const pendingMet = new Set<Pending>();
function pendingWords(check: Pending["check"], page: string, words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const p of PENDING_OTHERS.filter((x) => x.check === check && x.page === page)) {
    for (const w of words) if (p.words.includes(w)) (out.add(w), pendingMet.add(p));
  }
  return out;
}
function reportStalePending(check: Pending["check"]): void {
  const stale = PENDING_OTHERS.filter((p) => p.check === check && !pendingMet.has(p));
  if (stale.length) console.log(`      PENDING_OTHERS entries no longer met (remove them):\n        ${stale.map((p) => `${p.check} · ${p.page}: ${p.words.join(" ")}`).join("\n        ")}`);
}

/** Task keys of the built-in templates ("PL-01", "RO-W2.04"), which Persian messages about the standard plan cite. */
const BUILT_IN_TASK_KEY = /\b(?:PL|FD|RO)-[A-Z0-9]+(?:\.[A-Z0-9]+)*\b/g;

/** Catalogue messages that quote literal values of a file format: key → the words. */
const CATALOGUE_LITERALS: Record<string, readonly string[]> = {
  "template.errors.notBoolean": ["true", "false"], // JSON's literals, as the template file must spell them
};

/** Template fields whose text people read (keys, role codes, phase kinds and built-in category keys are not shown as such). */
const TEMPLATE_TEXT_FIELDS = new Set(["name", "description", "title", "text", "notes", "note", "unit"]);

/** Latin words in the readable text of a template: data, as legitimately Latin as a person's e-mail. */
function latinWordsOf(template: ProjectTemplate): Set<string> {
  const words = new Set<string>();
  const walk = (value: unknown, field: string) => {
    if (typeof value === "string") {
      if (TEMPLATE_TEXT_FIELDS.has(field)) for (const m of value.matchAll(/[A-Za-z]{2,}/g)) words.add(m[0]);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, field));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(template, "");
  return words;
}

/** The text without what is Latin by nature: addresses, file names and paths, identifiers, the allowed phrases. */
function withoutTechnicalTokens(text: string): string {
  let out = text
    .replace(/[\w.+-]+@(?:[\w-]+(?:\.[\w-]+)+)?/g, " ") // e-mail addresses ("owner@" too)
    .replace(/\bhttps?:\/\/\S+/g, " ") // URLs
    .replace(/[\w.-]*\.(?:json|xml|csv|mpp|md)\b/gi, " ") // file names and extensions
    .replace(/\b[\w.-]+\/(?:[\w.-]+\/)*(?:[\w-]+\.\w+)?(?![\w/])/g, " ") // file paths (seeds/holidays/, docs/TEMPLATE-FORMAT.md)
    .replace(/\b[\w-]+\.(?:ir|com|org|net)\b/g, " ") // domain names (time.ir)
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+){2,}\b/g, " "); // identifiers such as template keys (retail-sales-crm)
  for (const phrase of ALLOWED_PHRASES) out = out.split(phrase).join(" ");
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// ---------------------------------------------------------------------------------------------------
// Reading a page.

const READ_ATTRIBUTES = ["title", "placeholder", "alt", "aria-label", "aria-description", "aria-valuetext", "aria-roledescription", "label", "data-print-title"];

/** The text a reader meets on the page, one piece per text node or attribute (so adjacent cells never merge into one word). */
function visibleText(html: string): string[] {
  const $ = cheerio.load(html);
  // Literal computer text (commands, file paths, JSON paths) is not UI wording.
  $("script, style, noscript, template, pre, code, kbd, samp").remove();
  // Text marked as another language on purpose (the "EN" switch) is not a leftover.
  $("body [lang]").filter((_i, el) => !/^fa\b/i.test($(el).attr("lang") ?? "")).remove();
  const pieces: string[] = [$("head > title").text()];
  const walk = (node: AnyNode) => {
    if (node.type === "text") pieces.push(node.data);
    else if ("children" in node) node.children.forEach(walk);
  };
  const body = $("body").get(0);
  if (body) walk(body);
  $("body, body *").each((_i, el) => {
    for (const a of READ_ATTRIBUTES) {
      const v = $(el).attr(a);
      if (v) pieces.push(v);
    }
  });
  // Button captions, and what fields come filled with (a default the page proposes is UI text too; the data here is Persian).
  // Keys (a task's or a template's) are identifiers, Latin by definition.
  $("input[value]").not('[type="hidden"], [type="checkbox"], [type="radio"], [type="file"], [name="key"]').each((_i, el) => {
    pieces.push($(el).attr("value") ?? "");
  });
  return pieces.filter((p) => p.trim() !== "");
}

// ---------------------------------------------------------------------------------------------------
// The routes Express registers (Express 5 / router 2.x), as in test/http/route-permissions.test.ts.

interface StackLayer {
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean> };
  handle?: { stack?: StackLayer[] };
}

function registeredGetRoutes(app: Express): string[] {
  const out: string[] = [];
  const join = (prefix: string, p: string) => (p === "/" ? prefix : `${prefix}${p}`.replace(/\/+$/, ""));
  const walk = (stack: StackLayer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        if (typeof layer.route.path !== "string") throw new Error(`route with a non-string path under ${prefix}`);
        if (layer.route.methods.get) out.push(join(prefix, layer.route.path) || "/");
      } else if (layer.handle && Array.isArray(layer.handle.stack)) {
        if (typeof layer.rawPath !== "string") throw new Error(`mounted router without a string rawPath under "${prefix}"`);
        walk(layer.handle.stack, join(prefix, layer.rawPath));
      }
    }
  };
  walk((app as unknown as { router: { stack: StackLayer[] } }).router.stack, "");
  return [...new Set(out)];
}

/** Same shape: parameters in the same places (names aside), literals equal. */
function sameShape(x: string, y: string): boolean {
  const a = x.split("/");
  const b = y.split("/");
  return a.length === b.length && a.every((seg, i) => (seg.startsWith(":") ? b[i].startsWith(":") : seg === b[i]));
}

/** GET routes that are no page: redirects and downloads. */
const NOT_PAGES = ["/", "/health", "/templates/:templateId/export", "/projects/:projectId/schedule.json", "/projects/:projectId/schedule.csv"];

// ---------------------------------------------------------------------------------------------------

/** Who asks: the administrator (trusted seam), a stakeholder of the project, or nobody. */
type Visitor = "admin" | "stakeholder" | "anonymous" | "fresh";

interface PageCase {
  /** A readable name, also the key of PENDING_OTHERS. */
  name: string;
  /** The registered route pattern it renders (for the coverage guard); none for error and form-error states. */
  route?: string;
  /** Issues the request (with the Persian cookie) and returns the response. */
  fetch: () => Promise<request.Response>;
  status: number;
}

const FA_COOKIE = "lang=fa";
const TEMPLATE_KEY = "enterprise-ecrm";

describe("Persian on every page", function () {
  this.timeout(120_000);

  let ds: DataSource;
  let empty: DataSource;
  let services: Services;
  const apps = {} as Record<Visitor, Express>;
  let admin: User;
  let template: ProjectTemplate;
  let dataWords: Set<string>;
  /** Task keys and the template key: identifiers from the data, removed before words are taken. */
  let dataTokens: RegExp;

  /** The Persian project, full of data, and an empty one. */
  const ids: Record<string, number> = {};
  let shareToken = "";
  let setupToken = "";
  const cases: PageCase[] = [];

  const get = (visitor: Visitor, url: string) => request(apps[visitor]).get(url).set("Cookie", FA_COOKIE);
  const post = (visitor: Visitor, url: string, fields: Record<string, string | readonly string[]>) =>
    request(apps[visitor]).post(url).set("Cookie", FA_COOKIE).type("form").send(formBody(fields));

  /** Opens the page's form (the first whose action is `action`, or the first POST form), changes fields and submits it as the administrator. */
  async function submit(url: string, changes: Record<string, string | readonly string[]>, opts: { action?: string; expect?: number } = {}): Promise<request.Response> {
    const $ = cheerio.load((await get("admin", url).expect(200)).text);
    const form = opts.action ? $(`form[method="post"][action="${opts.action}"]`).first() : $('form[method="post"]').not('[action="/logout"]').first();
    expect(form.length, `a form on ${url}`).to.equal(1);
    const fields: Record<string, string | string[]> = {};
    const add = (name: string, value: string) => {
      const existing = fields[name];
      fields[name] = existing === undefined ? value : [...([] as string[]).concat(existing), value];
    };
    form.find("input[name], textarea[name], select[name]").each((_i, el) => {
      const $el = $(el);
      const name = $el.attr("name")!;
      if (el.tagName === "select") {
        const selected = $el.find("option:selected");
        (selected.length ? selected : $el.find("option").first()).each((_j, o) => add(name, $(o).attr("value") ?? $(o).text()));
      } else if ($el.attr("type") === "checkbox" || $el.attr("type") === "radio") {
        if ($el.attr("checked") !== undefined) add(name, $el.attr("value") ?? "on");
      } else if (el.tagName === "textarea") add(name, $el.text());
      else add(name, $el.attr("value") ?? "");
    });
    const res = await post("admin", form.attr("action")!, { ...fields, ...changes });
    expect(res.status, `${form.attr("action")} from ${url}: ${res.text.slice(0, 300)}`).to.equal(opts.expect ?? 303);
    return res;
  }

  before(async function () {
    ds = await freshDataSource();
    services = createServices(ds, () => NOW);
    const users = ds.getRepository(User);

    // --- accounts, all with Persian names --------------------------------------------------------
    admin = await users.save(users.create({ email: "admin@example.com", name: "مریم مدیری", passwordHash: "none", isAdmin: true, locale: "fa", disabledAt: null }));
    const person = (email: string, name: string, extra: Partial<User> = {}) =>
      users.save(users.create({ email, name, passwordHash: "none", isAdmin: false, locale: "fa", disabledAt: null, ...extra }));
    const manager = await person("sara@example.com", "سارا احمدی");
    const stakeholder = await person("reza@example.com", "رضا کریمی");
    await person("old@example.com", "علی رفیعی", { disabledAt: NOW });
    await person("neda@example.com", "ندا حسینی", { isConsultant: true });

    const makeApp = (trustedTestUser?: User) =>
      createApp({ dataSource: ds, trustedTestUser, sessionSecret: "test-secret", today: () => TODAY, now: () => NOW, log: (e) => console.error(e) });
    apps.admin = makeApp(admin);
    apps.stakeholder = makeApp(stakeholder);
    apps.anonymous = makeApp();
    // First run: a database without accounts.
    empty = await freshDataSource();
    apps.fresh = createApp({ dataSource: empty, sessionSecret: "test-secret", today: () => TODAY, now: () => NOW, log: (e) => console.error(e) });
    setupToken = (await new UserService(empty).issueSetupToken())!;
    for (const a of Object.values(apps)) a.enable("view cache");

    // --- the template library: the Persian built-ins only ------------------------------------------
    const persian = BUILT_IN_TEMPLATES.filter((t) => t.language === "fa");
    await services.templates.seedBuiltIns(persian);
    template = persian.find((t) => t.key === TEMPLATE_KEY)!;
    dataWords = new Set(persian.flatMap((t) => [...latinWordsOf(t)]));
    const keys = [...new Set(persian.flatMap((t) => [t.key, ...t.tasks.map((x) => x.key)]))].sort((a, b) => b.length - a.length);
    dataTokens = new RegExp(`(?<![\\w.-])(?:${keys.map(escapeRegExp).join("|")})(?![\\w-])`, "g");
    const library = await ds.getRepository(Template).find();
    ids.template = library.find((t) => t.key === TEMPLATE_KEY)!.id;

    // --- the project: from the Persian template, one task and one checklist item behind the library ---
    const leaf = [...template.tasks].reverse().find(
      (x) =>
        !x.milestone &&
        !template.tasks.some((y) => y.parent === x.key || y.predecessors?.some((p) => p.task === x.key)) &&
        template.goLiveTaskKey !== x.key &&
        !template.goals.some((g) => g.dueTaskKey === x.key),
    )!;
    expect(leaf, "a task of the template nothing depends on").to.not.equal(undefined);
    const older: ProjectTemplate = {
      ...template,
      tasks: template.tasks.filter((x) => x !== leaf),
      phases: template.phases.map((p, i) => (i === 0 ? { ...p, checklist: p.checklist.slice(0, -1) } : p)),
    };
    const created = await services.templateProjects.create(
      { template: older, name: "", clientOrganisation: "شرکت بازرگانی آفتاب", anchor: "kickoff", date: "2025-10-04", holidays: [], roleUsers: new Map([["PM", manager.id]]) },
      admin.id,
    );
    ids.project = created.projectId;
    await ds.getRepository(Project).update({ id: ids.project }, { templateVersion: template.version - 1 });
    await services.users.addMembership(ids.project, stakeholder.id, "stakeholder");
    const base = `/projects/${ids.project}`;

    // Progress: what should be done by today is done, a few tasks are late, one is under way.
    const tasks = await ds.getRepository(Task).find({ where: { projectId: ids.project }, order: { startDate: "ASC", id: "ASC" } });
    const leaves = tasks.filter((x) => !tasks.some((y) => y.parentId === x.id));
    for (const [i, task] of leaves.entries()) {
      const progress = task.finishDate < TODAY ? (i % 5 === 0 ? 60 : 100) : task.startDate <= TODAY ? 40 : 0;
      if (progress) await ds.getRepository(Task).update({ id: task.id }, { progress });
    }

    // Through the forms, so the activity log has Persian entries made by a person.
    ids.summary = tasks.find((x) => tasks.some((y) => y.parentId === x.id))!.id;
    const someTask = leaves.find((x) => x.startDate <= TODAY && x.finishDate >= TODAY) ?? leaves[0];
    ids.task = someTask.id;
    await submit(`${base}/tasks/${ids.task}/edit`, { name: `${someTask.name} (بازبینی‌شده)`, progress: "45" });
    await post("admin", `${base}/tasks/${ids.task}/comments`, { body: "پیش‌نویس برای بازبینی به واحد فروش فرستاده شد." }).expect(303);
    const items = await ds.getRepository(ChecklistItem).find({ where: { projectId: ids.project }, order: { id: "ASC" } });
    ids.item = items[0].id;
    for (const item of items.slice(0, 3)) await post("admin", `${base}/checklist/${item.id}/toggle`, {}).expect(303);
    await post("admin", `${base}/checklist/${ids.item}/comments`, { body: "صورت‌جلسه پیوست شد." }).expect(303);
    // The planning gate: signed off with the open items overridden.
    await submit(`${base}/phases/planning`, { note: "با حضور حامی پروژه تأیید شد.", override: "on", overrideReason: "موارد باز در مرحلهٔ بعد بسته می‌شوند." }, { action: `${base}/phases/planning/gate` });
    await post("admin", `${base}/phases/foundation/categories`, { name: "امنیت اطلاعات" }).expect(303);

    // Registers.
    const member = await ds.getRepository(Member).findOneOrFail({ where: { projectId: ids.project }, order: { id: "ASC" } });
    ids.people = member.id;
    await submit(`${base}/people/${member.id}/edit`, { email: "hamed@example.com", organisation: "شرکت بازرگانی آفتاب" });
    ids.goals = (await ds.getRepository(Goal).findOneOrFail({ where: { projectId: ids.project }, order: { id: "ASC" } })).id;
    await submit(`${base}/goals/${ids.goals}/edit`, { actual: "42" });
    ids.resources = (await ds.getRepository(Resource).findOneOrFail({ where: { projectId: ids.project }, order: { id: "ASC" } })).id;
    await submit(`${base}/expectations/new`, { userGroup: "کارشناسان فروش", statement: "فرصت‌های باز خود را روی گوشی ببینند.", priority: "must", source: "workshop", status: "accepted" });
    ids.expectations = (await ds.getRepository(Expectation).findOneOrFail({ where: { projectId: ids.project }, order: { id: "DESC" } })).id;

    // Baselines (one compared, then the plan moves), a holiday, share links.
    await submit(`${base}/baselines`, { name: "خط مبنای تصویب‌شده" });
    ids.baselineId = (await services.baselines.list(ids.project))[0].baseline.id;
    await post("admin", `${base}/baselines/${ids.baselineId}/compare`, {}).expect(303);
    await submit(`${base}/tasks/${ids.task}/edit`, { durationDays: "12" });
    await submit(`${base}/calendar`, { date: "2026-03-21", name: "نوروز" });
    const link = await services.shareLinks.create(ids.project, { label: "هیئت مدیره", expiresAt: null, locale: "fa" }, NOW);
    shareToken = link.token;
    ids.linkId = link.link.id;
    const revoked = await services.shareLinks.create(ids.project, { label: "مشاور بیرونی", expiresAt: null, locale: "fa" }, NOW);
    await services.shareLinks.revoke(ids.project, revoked.link.id, NOW);

    // An empty project (made through the form) and an archived one.
    const made = await post("admin", "/projects", { name: "پروژهٔ آزمایشی", clientOrganisation: "شرکت نمونه", description: "", kickoffDate: TODAY, workingDays: ["6", "7", "1", "2", "3"] }).expect(303);
    ids.empty = Number(/\/projects\/(\d+)/.exec(made.headers.location)![1]);
    const smb = persian.find((t) => t.key !== TEMPLATE_KEY)!;
    const archived = await services.templateProjects.create({ template: smb, name: "", clientOrganisation: "شرکت پخش البرز", anchor: "kickoff", date: "2025-06-07", holidays: [] }, admin.id);
    await services.projects.setArchived(archived.projectId, true, NOW);

    // A custom template (a copy) with its draft open: the draft banner and the custom template's pages.
    const copy = await post("admin", `/templates/${ids.template}/clone`, {}).expect(303);
    ids.customTemplate = Number(/\/templates\/(\d+)/.exec(copy.headers.location)![1]);
    const draft = await post("admin", `/templates/${ids.customTemplate}/draft`, {}).expect(303);
    ids.draftProject = Number(/\/projects\/(\d+)/.exec(draft.headers.location)![1]);

    buildCases();
  });

  after(async () => {
    await ds?.destroy();
    await empty?.destroy();
  });

  // ---------------------------------------------------------------------------------------------------
  // The pages.

  /** Values for the parameters of PROJECT_ROUTES; a new parameter needs a fixture here. */
  function paramValues(name: string, before: string, projectId: number): string[] | null {
    const register = before.split("/")[1];
    if (name === "kind") return [...PHASE_KINDS];
    if (projectId !== ids.project) return null; // the empty project has no records
    if (name === "taskId") return [String(ids.task)];
    if (name === "itemId") return [String(ids.item)];
    if (name === "baselineId") return [String(ids.baselineId)];
    if (name === "linkId") return [String(ids.linkId)];
    if (name === "id" && register in ids) return [String(ids[register])];
    throw new Error(`no Persian fixture for the route parameter :${name} under "${before}": teach paramValues about it`);
  }

  function expand(path: string, projectId: number): string[] {
    const segs = path.split("/");
    let urls = [""];
    for (let i = 1; i < segs.length; i++) {
      const seg = segs[i];
      const values = seg.startsWith(":") ? paramValues(seg.slice(1), segs.slice(0, i).join("/"), projectId) : [seg];
      if (values === null) return [];
      urls = urls.flatMap((u) => values.map((v) => `${u}/${v}`));
    }
    return urls;
  }

  /** Pages of PROJECT_ROUTES that are not found for a project: the empty project was not made from a template. */
  const NOT_FOUND = new Set(["empty project /template-update"]);

  function buildCases(): void {
    const page = (name: string, route: string | undefined, url: string, opts: { as?: Visitor; status?: number } = {}) =>
      cases.push({ name, route, fetch: () => get(opts.as ?? "admin", url), status: opts.status ?? (NOT_FOUND.has(name) ? 404 : 200) });

    // Every GET page of PROJECT_ROUTES, for the full project and (where it has no records to name) the empty one.
    for (const [which, projectId] of [["project", ids.project], ["empty project", ids.empty]] as const) {
      for (const rule of PROJECT_ROUTES.filter((r) => r.method === "GET" && !/\.\w+$/.test(r.path))) {
        for (const rel of expand(rule.path, projectId)) {
          page(`${which} ${rule.path || "/"}${rel === rule.path ? "" : ` (${rel})`}`, `/projects/:projectId${rule.path}`, `/projects/${projectId}${rel}`);
        }
      }
    }
    const base = `/projects/${ids.project}`;
    for (const zoom of GANTT_ZOOMS) page(`project /gantt?zoom=${zoom}`, "/projects/:projectId/gantt", `${base}/gantt?zoom=${zoom}`);
    page("project /gantt (a phase, critical path shown, a summary collapsed)", "/projects/:projectId/gantt", `${base}/gantt?phase=foundation&critical=1&collapse=${ids.summary}`);
    page("project /gantt (critical tasks only)", "/projects/:projectId/gantt", `${base}/gantt?criticalOnly=1`);
    page("project /gantt (nothing matches)", "/projects/:projectId/gantt", `${base}/gantt?phase=planning&assignee=999999`);
    page("project /status-report?print", "/projects/:projectId/status-report", `${base}/status-report?print=1`);
    page("project /expectations?priority=must", "/projects/:projectId/expectations", `${base}/expectations?priority=must`);
    page("project /expectations?priority=wont (none)", "/projects/:projectId/expectations", `${base}/expectations?priority=wont`);
    page("project /activity (filtered)", "/projects/:projectId/activity", `${base}/activity?type=task&action=updated`);
    page("project /activity (nothing found)", "/projects/:projectId/activity", `${base}/activity?from=2030-01-01`);
    page("project /activity (page 2)", "/projects/:projectId/activity", `${base}/activity?page=2`);
    page("project /tasks/new?phase", "/projects/:projectId/tasks/new", `${base}/tasks/new?phase=1`);
    page("draft project (template draft banner)", "/projects/:projectId", `/projects/${ids.draftProject}`);
    page("project as stakeholder", "/projects/:projectId", base, { as: "stakeholder" });
    page("dashboard as stakeholder", "/projects/:projectId/dashboard", `${base}/dashboard`, { as: "stakeholder" });

    // Global pages.
    page("projects", "/projects", "/projects");
    page("projects (archived)", "/projects", "/projects?archived=1");
    page("projects as stakeholder", "/projects", "/projects", { as: "stakeholder" });
    page("new project", "/projects/new", "/projects/new");
    page("import", "/projects/import", "/projects/import");
    page("from template", "/projects/from-template", "/projects/from-template");
    page("from template (chosen)", "/projects/from-template", `/projects/from-template?template=${encodeURIComponent(`${TEMPLATE_KEY}:fa`)}`);
    page("template library", "/templates", "/templates");
    page("template library (nothing found)", "/templates", `/templates?q=${encodeURIComponent("الگوی ناموجود")}`);
    page("template library (Persian, custom)", "/templates", "/templates?language=fa&kind=custom");
    page("template import", "/templates/import", "/templates/import");
    page("template preview", "/templates/:templateId", `/templates/${ids.template}`);
    page("template preview (custom, draft open)", "/templates/:templateId", `/templates/${ids.customTemplate}`);
    page("template delete", "/templates/:templateId/delete", `/templates/${ids.customTemplate}/delete`);
    page("save as template", "/templates/from-project/:projectId", `/templates/from-project/${ids.project}`);
    page("admin users", "/admin/users", "/admin/users");
    page("admin new user", "/admin/users/new", "/admin/users/new");
    page("admin edit user", "/admin/users/:userId/edit", `/admin/users/${admin.id + 1}/edit`);
    page("admin user password", "/admin/users/:userId/password", `/admin/users/${admin.id + 1}/password`);
    page("account", "/account", "/account");
    page("account password", "/account/password", "/account/password");
    page("login", "/login", "/login", { as: "anonymous" });
    page("setup instructions", "/setup", "/setup", { as: "fresh" });
    page("setup form", "/setup", `/setup?token=${setupToken}`, { as: "fresh" });
    page("share link (public)", "/s/:token", `/s/${shareToken}`, { as: "anonymous" });
    page("share link (public, month zoom)", "/s/:token", `/s/${shareToken}?zoom=month`, { as: "anonymous" });

    // Error pages.
    page("404", undefined, "/no-such-page", { status: 404 });
    page("404 in a project", undefined, `${base}/tasks/999999/edit`, { status: 404 });
    page("404 share link", undefined, `/s/${"x".repeat(43)}`, { as: "anonymous", status: 404 });
    page("403 (not an administrator)", undefined, "/admin/users", { as: "stakeholder", status: 403 });
    page("403 (stakeholder edits)", undefined, `${base}/settings`, { as: "stakeholder", status: 403 });
    cases.push({ name: "403 (no CSRF token)", fetch: () => post("anonymous", "/login", { email: "a@example.com", password: "x" }), status: 403 });
    cases.push({ name: "401 (signed out)", fetch: async () => {
      const agent = request.agent(apps.anonymous);
      const login = await agent.get("/login?lang=fa").expect(200);
      const csrf = cheerio.load(login.text)('input[name="_csrf"]').val() as string;
      return agent.post(`${base}/tasks`).type("form").send(formBody({ _csrf: csrf, name: "x" }));
    }, status: 401 });

    // Forms as they come back with errors (nothing filled in, or nonsense).
    const invalid = (name: string, url: string, fields: Record<string, string | readonly string[]>, status = 422) =>
      cases.push({ name: `form errors: ${name}`, fetch: () => post("admin", url, fields), status });
    invalid("new project", "/projects", { name: "", kickoffDate: "x", workingDays: [] });
    invalid("settings", `${base}/settings`, { name: "", kickoffDate: "", workingDays: [] });
    invalid("task", `${base}/tasks`, { name: "", durationDays: "-1", startDate: "x", progress: "200" });
    invalid("task edit", `${base}/tasks/${ids.task}`, { name: "", durationDays: "x", progress: "x" });
    invalid("checklist item", `${base}/phases/planning/checklist`, { text: "", dueDate: "x" });
    invalid("checklist item edit", `${base}/checklist/${ids.item}`, { text: "", dueDate: "x" });
    invalid("gate", `${base}/phases/foundation/gate`, { note: "" });
    invalid("person", `${base}/people`, { name: "", email: "x" });
    invalid("goal", `${base}/goals`, { name: "", target: "x", baseline: "x" });
    invalid("resource", `${base}/resources`, { name: "", planned: "x", kind: "x" });
    invalid("expectation", `${base}/expectations`, { userGroup: "", statement: "", priority: "x" });
    invalid("baseline", `${base}/baselines`, { name: "" });
    invalid("calendar", `${base}/calendar`, { date: "x", name: "" });
    invalid("share", `${base}/share`, { label: "", expiresAt: "2020-01-01", locale: "x" });
    invalid("access", `${base}/access`, { email: "nobody@example.com", role: "x" });
    invalid("comment", `${base}/tasks/${ids.task}/comments`, { body: "" });
    invalid("delete project", `${base}/delete`, { confirmName: "x" });
    invalid("from template", "/projects/from-template", { template: "", date: "x" });
    invalid("save as template", `/templates/from-project/${ids.project}`, { name: "", key: "!" });
    invalid("admin new user", "/admin/users", { email: "x", name: "", password: "x" });
    invalid("admin user password", `/admin/users/${admin.id + 1}/password`, { password: "x" });
    invalid("account password", "/account/password", { current: "x", password: "x", confirm: "y" });
    invalid("account", "/account", { locale: "x", dateCalendar: "x" });
    cases.push({ name: "form errors: login", fetch: async () => {
      const agent = request.agent(apps.anonymous);
      const page = await agent.get("/login?lang=fa").expect(200);
      const csrf = cheerio.load(page.text)('input[name="_csrf"]').val() as string;
      return agent.post("/login").type("form").send(formBody({ _csrf: csrf, email: "nobody@example.com", password: "wrong password" }));
    }, status: 422 });
    cases.push({ name: "form errors: template import", fetch: () =>
      request(apps.admin).post("/templates/import").set("Cookie", FA_COOKIE).attach("file", Buffer.from('{"format":"crm-rollout-template","name":7}'), "bad.json"), status: 422 });
    cases.push({ name: "form errors: project import", fetch: () =>
      request(apps.admin).post("/projects/import").set("Cookie", FA_COOKIE).attach("file", Buffer.from("<Project><Name>x</Name>"), "plan.xml"), status: 422 });

    // States that only follow an action: flash messages and the share URL shown once.
    cases.push({ name: "share right after creating a link", fetch: async () => {
      const agent = request.agent(apps.admin);
      await agent.post(`${base}/share?lang=fa`).type("form").send(formBody({ label: "کمیتهٔ راهبری", expiresAt: "", locale: "fa" })).expect(303);
      return agent.get(`${base}/share`);
    }, status: 200 });
  }

  // ---------------------------------------------------------------------------------------------------

  /** The Latin words of a page that are neither allowed nor data, each with where it was first seen. */
  function leftovers(html: string): string[] {
    return [...leftoversInContext(html).keys()].sort();
  }

  function leftoversInContext(html: string): Map<string, string> {
    const found = new Map<string, string>();
    for (const piece of visibleText(html)) {
      const text = withoutTechnicalTokens(piece.replace(dataTokens, " "));
      for (const m of text.matchAll(/[A-Za-z]{2,}/g)) {
        if (ALLOWED_WORDS.has(m[0]) || dataWords.has(m[0]) || found.has(m[0])) continue;
        found.set(m[0], text.slice(Math.max(0, m.index - 25), m.index + m[0].length + 25).replace(/\s+/g, " ").trim());
      }
    }
    return found;
  }

  it("renders every page in Persian with no English UI words left", async function () {
    const failures: string[] = [];
    for (const c of cases) {
      const res = await c.fetch();
      if (res.status !== c.status) {
        failures.push(`${c.name}: status ${res.status}, expected ${c.status}${res.headers.location ? ` → ${res.headers.location}` : ""}`);
        continue;
      }
      if (!/html/.test(res.type)) {
        failures.push(`${c.name}: ${res.type}, not a page`);
        continue;
      }
      const $ = cheerio.load(res.text);
      if ($("html").attr("lang") !== "fa" || $("html").attr("dir") !== "rtl") failures.push(`${c.name}: <html lang="${$("html").attr("lang")}" dir="${$("html").attr("dir")}">`);
      const words = leftoversInContext(res.text);
      const pending = pendingWords("english", c.name, words.keys());
      const bad = [...words].filter(([w]) => !pending.has(w)).sort(([a], [b]) => a.localeCompare(b));
      if (bad.length) failures.push(`${c.name}: ${bad.map(([w]) => w).join(" ")}\n      ${bad.map(([w, at]) => `${w} in “${at}”`).join("\n      ")}`);
    }
    reportStalePending("english");
    expect(failures, `${failures.length} of ${cases.length} Persian pages have English left:\n  ${failures.join("\n  ")}\n`).to.deep.equal([]);
  });

  it("has no English words in any Persian message (flash and error messages no page above shows included)", function () {
    const bad = Object.entries(fa as Record<string, string>).flatMap(([key, message]) => {
      const text = withoutTechnicalTokens(message.replace(/\{\w+\}/g, " ").replace(BUILT_IN_TASK_KEY, " "));
      const words = [...text.matchAll(/[A-Za-z]{2,}/g)].map((m) => m[0]).filter((w) => !ALLOWED_WORDS.has(w) && !CATALOGUE_LITERALS[key]?.includes(w));
      return words.length ? [`${key}: ${words.join(" ")}  (${message})`] : [];
    });
    expect(bad, "Persian messages with English words:").to.deep.equal([]);
  });

  it("visits every GET page the app registers", function () {
    const visited = cases.flatMap((c) => (c.route ? [c.route] : []));
    const missing = registeredGetRoutes(apps.admin).filter((r) => !NOT_PAGES.some((n) => sameShape(n, r)) && !visited.some((v) => sameShape(v, r)));
    expect(missing, "GET routes without a Persian page case: add them to buildCases()").to.deep.equal([]);
  });

  it("finds English when there is some (the check itself works)", function () {
    const page = `<!doctype html><html lang="fa" dir="rtl"><head><title>پروژه‌ها</title></head><body>
      <p>پروژهٔ CRM <span>Overview</span><span lang="en">EN</span></p><input type="submit" value="Save">
      <a title="Delete this">x</a><p>admin@example.com plan.json MS Project PL-01 SOW docs/FORMAT.md and/or e-mail</p>
      <pre>npm run build</pre><input name="q" value="Search"><script>var Hidden = 1;</script></body></html>`;
    expect(leftovers(page)).to.deep.equal(["Delete", "Overview", "Save", "Search", "and", "e", "mail", "or", "this"].filter((w) => w.length > 1));
  });

  it("isolates the values it fills into Persian messages (FSI … PDI), and leaves English as it was", function () {
    expect(translate("fa", "common.deleteConfirmTitle", { name: "Acme CRM" })).to.equal("«\u2068Acme CRM\u2069» حذف شود؟");
    expect(translate("en", "common.deleteConfirmTitle", { name: "Acme CRM" })).to.equal("Delete Acme CRM?");
    expect(translate("fa", "common.deleteConfirmTitle", { name: "1.2 Kickoff" })).to.equal("«\u20681.2 Kickoff\u2069» حذف شود؟");
    expect(translate("fa", "common.deleteConfirmTitle", { name: "1.2.1" })).to.equal("«\u20681.2.1\u2069» حذف شود؟");
    // Persian text, Persian digits and numbers need no isolation in a Persian sentence; nor does anything in English.
    expect(translate("fa", "common.deleteConfirmTitle", { name: "جلسهٔ آغاز ۲" })).to.equal("«جلسهٔ آغاز ۲» حذف شود؟");
    expect(translate("fa", "errors.tooLong", { max: 200 })).to.not.include("\u2068");
    expect(translate("fa", "errors.tooLong", { max: "۲۰۰" })).to.not.include("\u2068");
    expect(translate("en", "common.deleteConfirmTitle", { name: "سارا" })).to.equal("Delete سارا?");
    // Text that is stored (a copy's name) gets no marks.
    expect(translatePlain("fa", "common.deleteConfirmTitle", { name: "Acme" })).to.equal("«Acme» حذف شود؟");
  });

  it("quotes another program's English words marked as English, escaped like any param", function () {
    const render = (source: string, locale: "en" | "fa") => Handlebars.create().compile(source)({ locale }, { helpers: translationHelpers });
    expect(render(`{{t "common.deleteConfirmTitle" name=(lang "en" "File <Save>")}}`, "fa")).to.equal("«<bdi lang=\"en\">File &lt;Save&gt;</bdi>» حذف شود؟");
    expect(render(`{{t "common.deleteConfirmTitle" name="<b>"}}`, "en")).to.equal("Delete &lt;b&gt;?");
    // {{isolate}}, for <title> and attributes, where no <bdi> can go.
    expect(render(`{{isolate "Acme" }} · {{isolate "آفتاب"}}`, "fa")).to.equal("\u2068Acme\u2069 · آفتاب");
    expect(render(`{{isolate "Acme"}}`, "en")).to.equal("Acme");
  });

  it("isolates a Latin name inside a Persian sentence on the page", async function () {
    const base = `/projects/${ids.project}`;
    await post("admin", `${base}/people`, { name: "John Smith", email: "", organisation: "", roleTitle: "" }).expect(303);
    const person = await ds.getRepository(Member).findOneOrFail({ where: { projectId: ids.project, name: "John Smith" } });
    try {
      const $ = cheerio.load((await get("admin", `${base}/people/${person.id}/delete`).expect(200)).text);
      expect($("h1").text()).to.include("«\u2068John Smith\u2069»");
      expect($("title").text()).to.include("\u2068John Smith\u2069");
    } finally {
      await ds.getRepository(Member).delete({ id: person.id });
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// Latin data inside Persian sentences: the English demo project (seeds/run.ts) shown in Persian. Wherever a
// piece of text mixes Persian with the project's Latin names, the Latin part must be isolated (FSI … PDI,
// as translate() fills params in), or stand in an element of its own (<bdi>, a table cell), so it cannot
// reorder the Persian words around it.

describe("Persian pages over English data: Latin names are isolated", function () {
  this.timeout(120_000);

  let ds: DataSource;
  let app: Express;
  const urls: { name: string; url: string }[] = [];
  let demoKeys: RegExp;

  before(async function () {
    ds = await freshDataSource();
    const log = console.log;
    console.log = () => undefined; // runSeeds reports what it seeded
    try {
      await runSeeds(ds, TODAY);
    } finally {
      console.log = log;
    }
    const services = createServices(ds, () => NOW);
    const users = ds.getRepository(User);
    const admin = await users.save(users.create({ email: "admin@example.com", name: "Ada Admin", passwordHash: "none", isAdmin: true, locale: "en", disabledAt: null }));
    app = createApp({ dataSource: ds, trustedTestUser: admin, today: () => TODAY, now: () => NOW, log: (e) => console.error(e) });
    app.enable("view cache");

    const project = await ds.getRepository(Project).findOneOrFail({ where: { seedKey: "demo" } });
    const projectId = project.id;
    const tasks = await ds.getRepository(Task).find({ where: { projectId }, order: { id: "ASC" } });
    demoKeys = new RegExp(`(?<![\\w.-])(?:${[...new Set(tasks.flatMap((x) => (x.key ? [x.key] : [])))].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})(?![\\w-])`, "g");
    const task = tasks.find((x) => x.assigneeId !== null && !tasks.some((y) => y.parentId === x.id))!;
    const first = async (entity: typeof ChecklistItem | typeof Member | typeof Goal | typeof Resource | typeof Expectation) =>
      String((await ds.getRepository(entity as typeof Goal).findOneOrFail({ where: { projectId }, order: { id: "ASC" } })).id);
    const baseline = await services.baselines.save(projectId, "Board baseline");
    await services.baselines.compare(projectId, baseline.id);
    const link = await services.shareLinks.create(projectId, { label: "Steering committee", expiresAt: null, locale: "fa" }, NOW);
    await request(app).post(`/projects/${projectId}/tasks/${task.id}/comments`).type("form").send(formBody({ body: "Sent to Daniel for review." })).expect(303);
    const fixtures: Record<string, string> = {
      taskId: String(task.id),
      itemId: await first(ChecklistItem),
      baselineId: String(baseline.id),
      linkId: String(link.link.id),
      people: await first(Member),
      goals: await first(Goal),
      resources: await first(Resource),
      expectations: await first(Expectation),
    };
    for (const rule of PROJECT_ROUTES.filter((r) => r.method === "GET" && !/\.\w+$/.test(r.path) && r.path !== "/template-update")) {
      let rels = [""];
      const segs = rule.path.split("/");
      for (let i = 1; i < segs.length; i++) {
        const seg = segs[i];
        const name = seg.slice(1);
        const values = !seg.startsWith(":") ? [seg] : name === "kind" ? [...PHASE_KINDS] : [fixtures[name] ?? fixtures[segs[i - 1]]];
        if (values.some((v) => v === undefined)) throw new Error(`no demo fixture for :${name} in ${rule.path}: teach this suite about it`);
        rels = rels.flatMap((r) => values.map((v) => `${r}/${v}`));
      }
      for (const rel of rels) urls.push({ name: `demo ${rel || "/"}`, url: `/projects/${projectId}${rel}` });
    }
    urls.push({ name: "demo projects", url: "/projects" }, { name: "demo share link (public)", url: `/s/${link.token}` });
    urls.push({ name: "demo save as template", url: `/templates/from-project/${projectId}` });
  });

  after(() => ds?.destroy());

  /** Latin words that share a piece of text with Persian outside any isolate. */
  function unisolated(html: string): Map<string, string> {
    const found = new Map<string, string>();
    for (const piece of visibleText(html)) {
      let text = piece;
      // Drop isolated runs, innermost first (translate() may nest them).
      while (/\u2068[^\u2068\u2069]*\u2069/.test(text)) text = text.replace(/\u2068[^\u2068\u2069]*\u2069/g, " ");
      if (!/\p{Script=Arabic}/u.test(text)) continue;
      text = withoutTechnicalTokens(text.replace(demoKeys, " "));
      for (const m of text.matchAll(/[A-Za-z]{2,}/g)) {
        if (ALLOWED_WORDS.has(m[0]) || found.has(m[0])) continue;
        found.set(m[0], piece.slice(Math.max(0, piece.indexOf(m[0]) - 30), piece.indexOf(m[0]) + m[0].length + 30).replace(/\s+/g, " ").trim());
      }
    }
    return found;
  }

  it("isolates every Latin name that shares a sentence with Persian", async function () {
    const failures: string[] = [];
    for (const u of urls) {
      const res = await request(app).get(u.url).set("Cookie", FA_COOKIE);
      if (res.status !== 200) {
        failures.push(`${u.name}: status ${res.status}`);
        continue;
      }
      const found = unisolated(res.text);
      const pending = pendingWords("isolation", u.name, found.keys());
      const words = [...found].filter(([w]) => !pending.has(w));
      if (words.length) failures.push(`${u.name}: ${words.map(([w, at]) => `${w} in “${at}”`).join("\n      ")}`);
    }
    reportStalePending("isolation");
    expect(failures, `${failures.length} of ${urls.length} pages mix Latin data into Persian text unisolated:\n  ${failures.join("\n  ")}\n`).to.deep.equal([]);
  });
});

