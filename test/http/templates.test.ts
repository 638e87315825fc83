// HTTP: the template library — the list (search, language, kind), the preview with its small Gantt, JSON
// export and import (every problem with its path, built-in keys protected, newer versions only), clone,
// editing in a draft project and publishing it as the next version, saving a project as a template, taking
// over what a newer template version adds, roles and the working week on /projects/from-template, and who
// may do what with real sessions and CSRF tokens.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import type { Express } from "express";
import type { DataSource } from "typeorm";
import { ChecklistCategory, ChecklistItem, Member, Project, ProjectMembership, Task, TaskLink, Template, User } from "../../entities";
import { translate } from "../../server/i18n";
import { createApp } from "../../server/app";
import { createServices } from "../../server/services";
import { UserService } from "../../server/services/user-service";
import { BUILT_IN_TEMPLATES } from "../../seeds/templates";
import { PHASE_KINDS } from "../../server/domain/types";
import { parseTemplate, serializeTemplate, type ProjectTemplate, type TemplateTask } from "../../server/domain/template-format";
import { templateStats } from "../../server/domain/template-library";
import { freshDataSource } from "../support/db";
import { NOW, TODAY, testApp, type TestApp } from "../support/app";
import { categoryOf, phaseOf } from "../support/factories";
import { formBody } from "../support/more-factories";
import {
  PASSWORD,
  builtIn,
  choiceOf,
  editedFile,
  fileNameOf,
  idFrom,
  loose,
  rawBytes,
  signIn,
  templateById,
  templateRow,
  templateRows,
  type Res,
  type Session,
} from "../support/template-fixtures";

const en = (key: string, params?: Record<string, unknown>) => translate("en", key, params);

const SMB = builtIn("smb-sales-crm", "en");
const SERVICE = builtIn("service-centre-crm", "en");
const KICKOFF = "2026-04-06";

/** The template's document as stored (what the export sends). */
const documentOf = (t: ProjectTemplate) => serializeTemplate(t);
/** The parsed document of a stored row. */
function parsedRow(row: Template): ProjectTemplate {
  const parsed = parseTemplate(row.document);
  expect(parsed.ok, `stored document of ${row.key} validates`).to.equal(true);
  return (parsed as { ok: true; template: ProjectTemplate }).template;
}

/** A task's plan-relevant fields, predecessors sorted (the order links are stored in is not the template's). */
function shapeOf(t: TemplateTask) {
  return {
    key: t.key,
    name: t.name,
    phase: t.phase,
    parent: t.parent,
    durationDays: t.durationDays,
    milestone: t.milestone === true,
    predecessors: (t.predecessors ?? []).map((p) => `${p.task}/${p.type}/${p.lagDays}`).sort(),
  };
}
/** The date n working days (Monday–Friday) after an ISO date. */
function addWorkingDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  for (let left = n; left > 0; ) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) left--;
  }
  return d.toISOString().slice(0, 10);
}
/** Each phase's checklist items as a sorted list (their order aside). */
const checklistSets = (t: ProjectTemplate) => t.phases.map((p) => ({ kind: p.kind, items: p.checklist.map((i) => JSON.stringify(i)).sort() }));
const tasksByKey = (t: ProjectTemplate) => Object.fromEntries(t.tasks.map((x) => [x.key, shapeOf(x)]));

describe("Template library", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp({ templates: true });
  });
  afterEach(() => t.close());

  // --- small helpers over t.app (trusted administrator: no session, no CSRF) -----------------------------
  const get = (path: string) => request(t.app).get(path);
  const page = async (path: string, status = 200) => cheerio.load((await get(path).expect(status)).text);
  const idOf = async (tpl: { key: string; language: string }) => (await templateRow(t.ds, tpl.key, tpl.language)).id;
  const exportBytes = async (id: number): Promise<Buffer> => (await get(`/templates/${id}/export`).buffer(true).parse(rawBytes).expect(200)).body as Buffer;
  const exportText = async (id: number): Promise<string> => (await exportBytes(id)).toString("utf8");
  const upload = (text: string | Buffer, name = "template.json") => request(t.app).post("/templates/import").attach("file", Buffer.isBuffer(text) ? text : Buffer.from(text, "utf8"), name);
  const cards = ($: cheerio.CheerioAPI) => $(".template-card");
  const cardNames = ($: cheerio.CheerioAPI) => cards($).map((_i, el) => $(el).find("h2 a").text()).get();
  /** The import page's problems as "path: message" lines. */
  const problemsOn = ($: cheerio.CheerioAPI) => $(".template-problems li").map((_i, el) => $(el).text()).get();

  async function clone(id: number): Promise<number> {
    const res = await request(t.app).post(`/templates/${id}/clone`).expect(303);
    return idFrom(res.headers.location, "/templates");
  }
  async function openDraft(id: number): Promise<number> {
    const res = await request(t.app).post(`/templates/${id}/draft`).expect(303);
    return idFrom(res.headers.location, "/projects");
  }
  /** Deletes a project through its settings' delete form. */
  async function deleteProject(projectId: number): Promise<void> {
    const { name } = await t.ds.getRepository(Project).findOneByOrFail({ id: projectId });
    await request(t.app).post(`/projects/${projectId}/delete`).type("form").send({ confirmName: name }).expect(303);
  }
  async function publish(id: number): Promise<void> {
    await request(t.app).post(`/templates/${id}/publish`).expect(303).expect("Location", `/templates/${id}`);
  }
  /** A new project from a template through the form; returns its id. */
  async function projectFrom(tpl: { key: string; language: string }, fields: Record<string, string | string[]> = {}): Promise<number> {
    const res = await request(t.app)
      .post("/projects/from-template")
      .type("form")
      .send(formBody({ template: choiceOf(tpl), name: "Acme rollout", clientOrganisation: "Acme", anchor: "kickoff", date: KICKOFF, holidays: "", ...fields }))
      .expect(303);
    return idFrom(res.headers.location, "/projects");
  }
  const taskOf = (projectId: number, key: string) => t.ds.getRepository(Task).findOneByOrFail({ projectId, key });
  /** Adds a task through the project's task form (predecessor: a task key of the project, FS). */
  async function addTask(projectId: number, fields: { name: string; key: string; phase: string; durationDays: string; after?: string; parent?: string }): Promise<void> {
    const phase = await phaseOf(t.ds, projectId, fields.phase);
    const pred = fields.after ? await taskOf(projectId, fields.after) : null;
    const parent = fields.parent ? await taskOf(projectId, fields.parent) : null;
    await request(t.app)
      .post(`/projects/${projectId}/tasks`)
      .type("form")
      .send({
        name: fields.name,
        key: fields.key,
        phaseId: String(phase.id),
        parentId: parent ? String(parent.id) : "",
        startDate: "",
        durationDays: fields.durationDays,
        finishDate: "",
        progress: "0",
        assigneeId: "",
        notes: "",
        "pred[0][taskId]": pred ? String(pred.id) : "",
        "pred[0][type]": "FS",
        "pred[0][lag]": "",
      })
      .expect(303);
  }

  // ----------------------------------------------------------------------------------------------------
  describe("library list", () => {
    it("lists the six built-ins as cards with their names, a link to the preview and the Built-in badge", async () => {
      const $ = await page("/templates");
      expect($("h1").text()).to.equal(en("library.title"));
      expect(cardNames($)).to.have.members(BUILT_IN_TEMPLATES.map((x) => x.name));
      expect(cards($)).to.have.length(6);
      for (const tpl of BUILT_IN_TEMPLATES) {
        const id = await idOf(tpl);
        const card = cards($).filter((_i, el) => $(el).find(`h2 a[href="/templates/${id}"]`).length === 1);
        expect(card, tpl.key).to.have.length(1);
        expect(card.find("h2 a").text()).to.equal(tpl.name);
        expect(card.find(".badge--builtin").text()).to.equal(en("library.builtIn"));
        expect(card.find("dd").eq(1).text()).to.equal(en("library.taskCount", { count: tpl.tasks.length }));
      }
      // An administrator manages templates: the import link is offered.
      expect($('a[href="/templates/import"]').length).to.equal(1);
    });

    it("narrows by a search word from one template's name (case-insensitive)", async () => {
      const $ = await page("/templates?q=saas");
      expect(cardNames($)).to.deep.equal([SMB.name]);
      expect($("#filter-q").val()).to.equal("saas");
      // The key is searched too.
      expect(cardNames(await page("/templates?q=ENTERPRISE-ecrm"))).to.have.members(BUILT_IN_TEMPLATES.filter((x) => x.key === "enterprise-ecrm").map((x) => x.name));
    });

    it("shows only the Persian templates for language=fa", async () => {
      const $ = await page("/templates?language=fa");
      expect(cardNames($)).to.have.members(BUILT_IN_TEMPLATES.filter((x) => x.language === "fa").map((x) => x.name));
      expect(cards($)).to.have.length(3);
      expect(cards($).map((_i, el) => $(el).find("h2").attr("lang")).get()).to.deep.equal(["fa", "fa", "fa"]);
      expect($("#filter-language option:selected").val()).to.equal("fa");
    });

    it("shows only one kind for kind=service-centre", async () => {
      const $ = await page("/templates?kind=service-centre");
      expect(cardNames($)).to.have.members(BUILT_IN_TEMPLATES.filter((x) => x.kind === "service-centre").map((x) => x.name));
      expect(cards($)).to.have.length(2);
      expect(cardNames(await page("/templates?kind=service-centre&language=en"))).to.deep.equal([SERVICE.name]);
    });

    it("ignores an unknown kind or language (and repeated parameters) instead of failing", async () => {
      for (const query of ["kind=retail", "language=de", "kind=retail&language=xx", "kind=custom&kind=smb-sales", "q[]=x&language[]=fa"]) {
        const $ = await page(`/templates?${query}`);
        expect(cards($), query).to.have.length(6);
      }
      const $ = await page("/templates?kind=retail&language=de");
      expect($("#filter-kind option:selected").val()).to.equal("");
      expect($("#filter-language option:selected").val()).to.equal("");
    });

    it("says so when nothing matches, with a link to clear the filters", async () => {
      const $ = await page("/templates?q=no-such-template-anywhere");
      expect(cards($)).to.have.length(0);
      expect($(".empty").text()).to.equal(en("library.noMatch"));
      expect($('a[href="/templates"]').filter((_i, el) => $(el).text() === en("library.clear")).length).to.equal(1);
    });

    it("says the library is empty when it is", async () => {
      await t.ds.getRepository(Template).clear();
      const $ = await page("/templates");
      expect($(".empty").text()).to.equal(en("library.empty"));
    });
  });

  // ----------------------------------------------------------------------------------------------------
  describe("preview", () => {
    it("shows the name, task count, duration and one phase row per phase", async () => {
      const id = await idOf(SMB);
      const $ = await page(`/templates/${id}`);
      const stats = templateStats(SMB);
      expect($("h1").text()).to.equal(SMB.name);
      const facts = $("dl.facts dd");
      expect(facts.eq(0).text()).to.equal(en("library.taskCount", { count: SMB.tasks.length }));
      expect(facts.eq(1).text()).to.equal(en("library.duration", { count: stats.durationDays }));
      expect(stats.durationDays).to.be.greaterThan(0);
      const rows = $("table.template-phases tbody tr");
      expect(rows).to.have.length(SMB.phases.length);
      SMB.phases.forEach((p, i) => {
        const row = rows.eq(i);
        expect(row.find("th").text()).to.equal(en(`phase.${p.kind}`));
        expect(row.find("td").eq(0).text()).to.equal(en("library.taskCount", { count: SMB.tasks.filter((x) => x.phase === p.kind).length }));
        expect(row.find("td").eq(1).text()).to.equal(en("library.checklistCount", { count: p.checklist.length }));
      });
      expect($(".badge--builtin").text()).to.equal(en("library.builtIn"));
    });

    it("draws an SVG Gantt with one bar or milestone per task", async () => {
      const $ = await page(`/templates/${await idOf(SMB)}`);
      const svg = $("svg.template-gantt__svg");
      expect(svg).to.have.length(1);
      const rects = svg.find("rect");
      expect(rects).to.have.length(SMB.tasks.length);
      expect(svg.find("rect.tg-milestone")).to.have.length(SMB.tasks.filter((x) => x.milestone).length);
      expect(svg.find("rect.tg-bar")).to.have.length(SMB.tasks.filter((x) => !x.milestone).length);
      expect(rects.map((_i, el) => $(el).find("title").text()).get()).to.have.members(SMB.tasks.map((x) => x.name));
      expect(svg.attr("aria-label")).to.equal(en("library.ganttLabel", { count: SMB.tasks.length }));
      // Every bar lies inside the 0–100 viewBox.
      rects.each((_i, el) => {
        const x = Number($(el).attr("x"));
        const w = Number($(el).attr("width"));
        expect(x, $(el).find("title").text()).to.be.within(0, 100);
        expect(x + w, $(el).find("title").text()).to.be.at.most(100.5);
      });
    });

    it("links to the from-template form with this template chosen", async () => {
      const id = await idOf(SERVICE);
      const $ = await page(`/templates/${id}`);
      const link = $("a").filter((_i, el) => $(el).text() === en("library.use"));
      expect(link).to.have.length(1);
      const href = link.attr("href")!;
      expect(decodeURIComponent(href)).to.equal(`/projects/from-template?template=${choiceOf(SERVICE)}`);
      const form = await page(href);
      expect(form("#field-template option:selected").val()).to.equal(choiceOf(SERVICE));
    });

    it("offers Clone but neither Edit nor Delete on a built-in", async () => {
      const id = await idOf(SMB);
      const $ = await page(`/templates/${id}`);
      expect($(`form[action="/templates/${id}/clone"]`).length).to.equal(1);
      expect($(`form[action="/templates/${id}/draft"]`).length).to.equal(0);
      expect($(`a[href="/templates/${id}/delete"]`).length).to.equal(0);
      expect($(`a[href="/templates/${id}/export"]`).length).to.equal(1);
    });

    for (const path of ["/templates/9999", "/templates/abc", "/templates/0", "/templates/1.5", "/templates/99999999999"]) {
      it(`answers 404 for ${path} (not 500)`, async () => {
        await get(path).expect(404);
      });
    }
  });

  // ----------------------------------------------------------------------------------------------------
  describe("export", () => {
    for (const tpl of [SMB, builtIn("enterprise-ecrm", "fa")]) {
      it(`downloads ${tpl.key}.${tpl.language} as <key>.<lang>.v<version>.json, byte for byte the canonical document`, async () => {
        const res = await get(`/templates/${await idOf(tpl)}/export`).buffer(true).parse(rawBytes).expect(200);
        expect(fileNameOf(res)).to.equal(`${tpl.key}.${tpl.language}.v${tpl.version}.json`);
        expect(res.headers["content-type"]).to.match(/^application\/json/);
        expect((res.body as Buffer).equals(Buffer.from(serializeTemplate(tpl), "utf8"))).to.equal(true);
      });
    }

    it("answers 404 for an unknown or malformed id", async () => {
      await get("/templates/9999/export").expect(404);
      await get("/templates/abc/export").expect(404);
    });
  });

  // ----------------------------------------------------------------------------------------------------
  describe("import", () => {
    /** The built-in SMB file with another key (a template the library does not have). */
    const acmeFile = async (change: (doc: ProjectTemplate) => void = () => {}) =>
      editedFile(await exportText(await idOf(SMB)), (doc) => {
        doc.key = "acme-sales-crm";
        change(doc);
      });

    it("shows the upload form with the size limit", async () => {
      const $ = await page("/templates/import");
      expect($("h1").text()).to.equal(en("library.import.title"));
      expect($('form[action^="/templates/import"][enctype="multipart/form-data"] input[type="file"][name="file"]').length).to.equal(1);
    });

    it("adds a file with a new key, then reports the same bytes as unchanged; export → import → export is byte-identical", async () => {
      const before = (await templateRows(t.ds)).length;
      const file = await acmeFile();
      const agent = request.agent(t.app);
      const res = await agent.post("/templates/import").attach("file", Buffer.from(file), "acme.json").expect(303);
      const id = idFrom(res.headers.location, "/templates");
      const row = (await templateById(t.ds, id))!;
      expect(row).to.include({ key: "acme-sales-crm", language: "en", version: 1, builtIn: false, name: SMB.name, taskCount: SMB.tasks.length });
      const shown = cheerio.load((await agent.get(`/templates/${id}`).expect(200)).text);
      expect(shown(".flash").text()).to.equal(en("library.import.created"));
      expect(shown(".badge--builtin").length).to.equal(0);
      expect((await templateRows(t.ds)).length).to.equal(before + 1);

      // The export is the canonical text of the imported document (not the 4-space file that came in).
      const exported = await exportBytes(id);
      expect(exported.toString("utf8")).to.equal(documentOf({ ...SMB, key: "acme-sales-crm" }));

      // Importing the exported bytes again changes nothing.
      const again = await agent.post("/templates/import").attach("file", exported, "acme.en.v1.json").expect(303).expect("Location", `/templates/${id}`);
      expect(again.status).to.equal(303);
      expect(cheerio.load((await agent.get(`/templates/${id}`).expect(200)).text)(".flash").text()).to.equal(en("library.import.unchanged"));
      expect(await t.ds.getRepository(Template).count({ where: { key: "acme-sales-crm" } })).to.equal(1);
      expect((await templateRows(t.ds)).length).to.equal(before + 1);
      expect((await exportBytes(id)).equals(exported)).to.equal(true);
    });

    it("accepts a file with a UTF-8 byte order mark", async () => {
      const file = await acmeFile();
      const res = await upload(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(file)])).expect(303);
      expect((await templateById(t.ds, idFrom(res.headers.location, "/templates")))!.key).to.equal("acme-sales-crm");
    });

    it("refuses an invalid file with 422, lists every problem with its path and saves nothing", async () => {
      const before = await templateRows(t.ds);
      const file = await acmeFile((doc) => {
        doc.tasks[3].predecessors = [{ task: "FD-99", type: "FS", lagDays: 0 }];
        loose(doc.tasks[5]).phase = "build";
        loose(doc.tasks[1]).colour = "red";
        loose(doc).kind = "retail";
      });
      const res = await upload(file).expect(422);
      const $ = cheerio.load(res.text);
      const expected = [
        { path: "tasks[3].predecessors[0].task", key: "template.errors.unknownTask", params: { key: "FD-99" } },
        { path: "tasks[5].phase", key: "template.errors.badEnum", params: { value: "build", allowed: PHASE_KINDS.join(", ") } },
        { path: "tasks[1].colour", key: "template.errors.unknownField", params: { field: "colour" } },
        { path: "kind", key: "template.errors.badEnum", params: { value: "retail", allowed: "smb-sales, enterprise-ecrm, service-centre, custom" } },
      ];
      expect(problemsOn($)).to.have.members(expected.map((p) => `${p.path}: ${en(p.key, p.params)}`));
      expect($(".template-problems").text()).to.include(en("library.import.problemCount", { count: expected.length }));
      expect($(".template-problems h2").text()).to.equal(en("library.import.invalid"));
      expect(await templateRows(t.ds)).to.have.length(before.length);
      expect(await t.ds.getRepository(Template).count({ where: { key: "acme-sales-crm" } })).to.equal(0);
    });

    it("refuses text that is not JSON with 422 and the badJson message", async () => {
      const text = '{ "format": "crm-rollout-template", oops';
      let message = "";
      try {
        JSON.parse(text);
      } catch (e) {
        message = (e as Error).message;
      }
      const res = await upload(text).expect(422);
      const $ = cheerio.load(res.text);
      expect(problemsOn($)).to.deep.equal([`${en("library.import.document")}: ${en("template.errors.badJson", { message })}`]);
      expect(await templateRows(t.ds)).to.have.length(6);
    });

    it("refuses a JSON document that is not a template object", async () => {
      const $ = cheerio.load((await upload("[1, 2, 3]").expect(422)).text);
      expect(problemsOn($)).to.deep.equal([`${en("library.import.document")}: ${en("template.errors.notObject")}`]);
    });

    it("answers 422 without a file, or with an empty one, and saves nothing", async () => {
      for (const res of [await request(t.app).post("/templates/import").field("x", "y").expect(422), await upload(Buffer.alloc(0)).expect(422)]) {
        const $ = cheerio.load(res.text);
        expect($(".error-summary").text().trim()).to.equal(en("library.import.noFile"));
        expect($(".template-problems").length).to.equal(0);
      }
      expect(await templateRows(t.ds)).to.have.length(6);
    });

    it("asks for a template file (not an MS Project XML file) when none was chosen", async () => {
      const $ = cheerio.load((await request(t.app).post("/templates/import").field("x", "y").expect(422)).text);
      expect($(".error-summary").text()).to.not.match(/MS Project|XML/);
    });

    it("refuses a file over the size limit with 413 and saves nothing", async () => {
      const big = Buffer.alloc(5 * 1024 * 1024 + 1, 0x20);
      const $ = cheerio.load((await upload(big).expect(413)).text);
      expect($(".error-summary").text().trim()).to.equal(en("library.import.tooLarge", { max: 5 }));
      expect(await templateRows(t.ds)).to.have.length(6);
    });

    it("refuses to replace a built-in with a changed file under its key (422, builtInKey) and leaves it as it was", async () => {
      const id = await idOf(SMB);
      const file = editedFile(await exportText(id), (doc) => {
        doc.name = "Hijacked";
        doc.version = 7;
      });
      const $ = cheerio.load((await upload(file).expect(422)).text);
      expect(problemsOn($)).to.deep.equal([`key: ${en("templates.errors.builtInKey", { key: SMB.key })}`]);
      const row = (await templateById(t.ds, id))!;
      expect(row).to.include({ name: SMB.name, version: SMB.version, builtIn: true });
      expect(row.document).to.equal(documentOf(SMB));
    });

    it("replaces a custom template by a higher version only (updated; notNewer for the same or a lower one)", async () => {
      const agent = request.agent(t.app);
      const first = await agent.post("/templates/import").attach("file", Buffer.from(await acmeFile()), "v1.json").expect(303);
      const id = idFrom(first.headers.location, "/templates");
      const v3 = await acmeFile((doc) => {
        doc.version = 3;
        doc.name = "Acme sales CRM";
      });
      await agent.post("/templates/import").attach("file", Buffer.from(v3), "v3.json").expect(303).expect("Location", `/templates/${id}`);
      expect(cheerio.load((await agent.get(`/templates/${id}`).expect(200)).text)(".flash").text()).to.equal(en("library.import.updated"));
      expect(await templateById(t.ds, id)).to.include({ version: 3, name: "Acme sales CRM" });
      expect(fileNameOf(await get(`/templates/${id}/export`).expect(200))).to.equal("acme-sales-crm.en.v3.json");

      for (const version of [3, 2]) {
        const file = await acmeFile((doc) => {
          doc.version = version;
          doc.name = `Acme v${version} again`;
        });
        const $ = cheerio.load((await upload(file).expect(422)).text);
        expect(problemsOn($), `version ${version}`).to.deep.equal([`key: ${en("templates.errors.notNewer", { key: "acme-sales-crm", installed: 3, version })}`]);
      }
      expect(await templateById(t.ds, id)).to.include({ version: 3, name: "Acme sales CRM" });
      expect(await t.ds.getRepository(Template).count({ where: { key: "acme-sales-crm" } })).to.equal(1);
    });

    it("refuses a newer version while the template is being edited in a draft (draftOpen)", async () => {
      const id = idFrom((await upload(await acmeFile()).expect(303)).headers.location, "/templates");
      await openDraft(id);
      const v2 = await acmeFile((doc) => {
        doc.version = 2;
      });
      const $ = cheerio.load((await upload(v2).expect(422)).text);
      expect(problemsOn($)).to.deep.equal([`key: ${en("templates.errors.draftOpen", { key: "acme-sales-crm" })}`]);
      expect((await templateById(t.ds, id))!.version).to.equal(1);
    });
  });

  // ----------------------------------------------------------------------------------------------------
  describe("clone", () => {
    it("makes a custom “Copy of …” at version 1 with a free key; a second clone gets -copy-2", async () => {
      const source = await idOf(SMB);
      const first = await clone(source);
      const row = (await templateById(t.ds, first))!;
      expect(row).to.include({ key: `${SMB.key}-copy`, language: "en", name: en("library.copyName", { name: SMB.name }), version: 1, builtIn: false, kind: SMB.kind });
      expect(tasksByKey(parsedRow(row))).to.deep.equal(tasksByKey(SMB));
      const second = await clone(source);
      expect((await templateById(t.ds, second))!.key).to.equal(`${SMB.key}-copy-2`);
      // The built-in is untouched.
      expect((await templateById(t.ds, source))!.document).to.equal(documentOf(SMB));
      expect(await templateRows(t.ds)).to.have.length(8);
    });

    it("gives the copy Edit and Delete, and no Built-in badge", async () => {
      const copy = await clone(await idOf(SMB));
      const $ = await page(`/templates/${copy}`);
      expect($(`form[action="/templates/${copy}/draft"] button`).text()).to.equal(en("library.edit"));
      expect($(`a[href="/templates/${copy}/delete"]`).length).to.equal(1);
      expect($(`form[action="/templates/${copy}/clone"]`).length).to.equal(1);
      expect($(".badge--builtin").length).to.equal(0);
      const list = await page("/templates");
      const card = cards(list).filter((_i, el) => list(el).find(`a[href="/templates/${copy}"]`).length === 1);
      expect(card.find(".badge--builtin").length).to.equal(0);
    });

    it("answers 404 when cloning an unknown template", async () => {
      await request(t.app).post("/templates/9999/clone").expect(404);
      await request(t.app).post("/templates/abc/clone").expect(404);
      expect(await templateRows(t.ds)).to.have.length(6);
    });
  });

  // ----------------------------------------------------------------------------------------------------
  describe("edit in a draft project, publish, discard, delete", () => {
    it("opens a draft project that works like a project but is not listed", async () => {
      const copy = await clone(await idOf(SMB));
      const draft = await openDraft(copy);
      expect((await templateById(t.ds, copy))!.draftProjectId).to.equal(draft);
      expect((await t.ds.getRepository(Project).findOneByOrFail({ id: draft })).draftOfTemplateId).to.equal(copy);
      expect(await t.ds.getRepository(Task).count({ where: { projectId: draft } })).to.equal(SMB.tasks.length);

      const $ = await page(`/projects/${draft}`);
      const banner = $(".draft-banner");
      expect(banner).to.have.length(1);
      expect(banner.find("p").text()).to.include(en("library.draftBanner", { version: 1 }));
      expect(banner.find(`a[href="/templates/${copy}"]`).length).to.equal(1);
      expect(banner.find(`form[action="/templates/${copy}/publish"]`).length).to.equal(1);
      expect(banner.find(`form[action="/templates/${copy}/discard"]`).length).to.equal(1);
      await get(`/projects/${draft}/tasks`).expect(200);
      await get(`/projects/${draft}/phases/planning`).expect(200);

      const list = await page("/projects");
      expect(list(`a[href="/projects/${draft}"]`).length).to.equal(0);
      // The library shows the template as being edited; opening the draft again continues it.
      const lib = await page("/templates");
      const card = cards(lib).filter((_i, el) => lib(el).find(`a[href="/templates/${copy}"]`).length === 1);
      expect(card.find(".badge--draft").text()).to.equal(en("library.draftOpen"));
      expect((await page(`/templates/${copy}`))(`form[action="/templates/${copy}/draft"] button`).text()).to.equal(en("library.continueEditing"));
      expect(await openDraft(copy)).to.equal(draft);
    });

    it("publishes the draft as the next version with the added task and the new name, and closes the draft", async () => {
      const copy = await clone(await idOf(SMB));
      const draft = await openDraft(copy);
      await addTask(draft, { name: "Train the trainers", key: "EX-1", phase: "planning", durationDays: "4", after: "PL-01" });
      await request(t.app)
        .post(`/projects/${draft}/settings`)
        .type("form")
        .send(formBody({ name: "Acme sales CRM", clientOrganisation: "", description: "Our own plan", kickoffDate: TODAY, workingDays: ["1", "2", "3", "4", "5"] }))
        .expect(303);

      await publish(copy);
      const row = (await templateById(t.ds, copy))!;
      expect(row).to.include({ version: 2, name: "Acme sales CRM", description: "Our own plan", draftProjectId: null, key: `${SMB.key}-copy`, builtIn: false, taskCount: SMB.tasks.length + 1 });

      const res = await get(`/templates/${copy}/export`).expect(200);
      expect(fileNameOf(res)).to.equal(`${SMB.key}-copy.en.v2.json`);
      const doc = JSON.parse(res.text) as ProjectTemplate;
      expect(doc.version).to.equal(2);
      expect(doc.name).to.equal("Acme sales CRM");
      const added = doc.tasks.find((x) => x.name === "Train the trainers");
      expect(added, "the new task is in the published template").to.not.equal(undefined);
      expect(added).to.deep.include({ key: "EX-1", phase: "planning", durationDays: 4, predecessors: [{ task: "PL-01", type: "FS", lagDays: 0 }] });
      // Everything the template had is still there, unchanged.
      const published = tasksByKey(doc);
      for (const [key, shape] of Object.entries(tasksByKey(SMB))) expect(published[key], key).to.deep.equal(shape);
      expect(doc.roles).to.deep.equal(SMB.roles);
      expect(doc.goLiveTaskKey).to.equal(SMB.goLiveTaskKey);

      await get(`/projects/${draft}`).expect(404);
      expect(await t.ds.getRepository(Project).count({ where: { id: draft } })).to.equal(0);
      expect(await t.ds.getRepository(Task).count({ where: { projectId: draft } }), "the draft's tasks are deleted with it").to.equal(0);
      // Publishing without an open draft finds nothing to publish.
      await request(t.app).post(`/templates/${copy}/publish`).expect(404);
    });

    it("discards a draft: the draft project is gone and the version is unchanged", async () => {
      const copy = await clone(await idOf(SMB));
      const draft = await openDraft(copy);
      await addTask(draft, { name: "Thrown away", key: "GONE-1", phase: "planning", durationDays: "2" });
      await request(t.app).post(`/templates/${copy}/discard`).expect(303).expect("Location", `/templates/${copy}`);
      const row = (await templateById(t.ds, copy))!;
      expect(row).to.include({ version: 1, draftProjectId: null });
      expect(parsedRow(row).tasks.some((x) => x.key === "GONE-1")).to.equal(false);
      await get(`/projects/${draft}`).expect(404);
      expect(await t.ds.getRepository(Project).count({ where: { id: draft } })).to.equal(0);
      // A new draft starts again from the template.
      const next = await openDraft(copy);
      expect(next).to.not.equal(draft);
      expect(await t.ds.getRepository(Task).count({ where: { projectId: next, key: "GONE-1" } })).to.equal(0);
    });

    it("publishes an unchanged draft with the same tasks, roles, goals, resources and checklist items", async () => {
      for (const source of [SMB, builtIn("smb-sales-crm", "fa")]) {
        const copy = await clone(await idOf(source));
        const before = parsedRow((await templateById(t.ds, copy))!);
        await openDraft(copy);
        await publish(copy);
        const after = parsedRow((await templateById(t.ds, copy))!);
        expect(after.version).to.equal(2);
        expect(tasksByKey(after), source.language).to.deep.equal(tasksByKey(before));
        expect(after.tasks.map((x) => x.key), "display order").to.deep.equal(before.tasks.map((x) => x.key));
        expect(after.roles).to.deep.equal(before.roles);
        expect(after.goals).to.deep.equal(before.goals);
        expect(after.resources).to.deep.equal(before.resources);
        expect(after.goLiveTaskKey).to.equal(before.goLiveTaskKey);
        expect([...after.workingWeek].sort()).to.deep.equal([...before.workingWeek].sort());
        expect(checklistSets(after)).to.deep.equal(checklistSets(before));
      }
    });

    // Found failing while this file was written (checklist order per category, the Persian week sorted);
    // fixed since in template-extraction.ts (fillChecklists) and template-service.ts (withWeekOrderOf).
    it("publishes an unchanged draft as the same document apart from the version", async () => {
      for (const source of [SMB, builtIn("smb-sales-crm", "fa")]) {
        const copy = await clone(await idOf(source));
        const before = parsedRow((await templateById(t.ds, copy))!);
        await openDraft(copy);
        await publish(copy);
        expect((await templateById(t.ds, copy))!.document, source.language).to.equal(documentOf({ ...before, version: 2 }));
      }
    });

    // A template description may be 10,000 characters, and the draft project keeps all of it.
    it("keeps a long description through draft and publish", async () => {
      const description = "Long description. ".repeat(400).trim(); // 7,199 characters
      const file = editedFile(await exportText(await idOf(SMB)), (doc) => {
        doc.key = "long-description";
        doc.description = description;
      });
      const id = idFrom((await upload(file).expect(303)).headers.location, "/templates");
      expect((await templateById(t.ds, id))!.description).to.equal(description);
      await openDraft(id);
      await publish(id);
      expect((await templateById(t.ds, id))!.description).to.equal(description);
    });

    // Found failing while this file was written (templates.draft_project_id left pointing at the deleted
    // project); fixed since in ProjectService.delete.
    it("forgets a draft whose project was deleted from the project's settings", async () => {
      const copy = await clone(await idOf(SMB));
      const draft = await openDraft(copy);
      await deleteProject(draft);
      const lib = await page("/templates");
      expect(cards(lib).filter((_i, el) => lib(el).find(`a[href="/templates/${copy}"]`).length === 1).find(".badge--draft").length).to.equal(0);
      const $ = await page(`/templates/${copy}`);
      expect($(".template-draft-note").length).to.equal(0);
      expect($(`form[action="/templates/${copy}/draft"] button`).text()).to.equal(en("library.edit"));
      const v2 = editedFile(await exportText(copy), (doc) => {
        doc.version = 2;
      });
      await upload(v2).expect(303);
      expect((await templateById(t.ds, copy))!.version).to.equal(2);
    });

    it("keeps built-ins read-only: no draft (403), no delete (403)", async () => {
      const id = await idOf(SMB);
      await request(t.app).post(`/templates/${id}/draft`).expect(403);
      await get(`/templates/${id}/delete`).expect(403);
      await request(t.app).post(`/templates/${id}/delete`).expect(403);
      const row = (await templateById(t.ds, id))!;
      expect(row).to.include({ draftProjectId: null, builtIn: true });
      expect(await t.ds.getRepository(Project).count()).to.equal(0);
    });

    it("deletes a custom template (after the confirmation page) and its open draft", async () => {
      const copy = await clone(await idOf(SMB));
      const draft = await openDraft(copy);
      const confirm = await page(`/templates/${copy}/delete`);
      expect(confirm(`form[action="/templates/${copy}/delete"]`).length).to.equal(1);
      await request(t.app).post(`/templates/${copy}/delete`).expect(303).expect("Location", "/templates");
      expect(await templateById(t.ds, copy)).to.equal(null);
      const $ = await page("/templates");
      expect($(`a[href="/templates/${copy}"]`).length).to.equal(0);
      expect(cards($)).to.have.length(6);
      await get(`/templates/${copy}`).expect(404);
      await get(`/projects/${draft}`).expect(404);
    });
  });

  // ----------------------------------------------------------------------------------------------------
  describe("save a project as a template", () => {
    it("prefills the form from the project", async () => {
      const project = await projectFrom(SMB, { name: "Acme Rollout" });
      const $ = await page(`/templates/from-project/${project}`);
      expect($("#field-name").val()).to.equal("Acme Rollout");
      expect($("#field-key").val()).to.equal("acme-rollout");
      expect($("#field-language").val()).to.equal("en");
      expect($("#field-kind").val()).to.equal("custom");
      for (const box of ["includeChecklists", "includeGoals", "includeResources"]) expect($(`input[name="${box}"]`).attr("checked"), box).to.not.equal(undefined);
      // The overview links here.
      expect((await page(`/projects/${project}`))(`a[href="/templates/from-project/${project}"]`).length).to.equal(1);
    });

    it("saves version 1 with the source template's tasks and, unticked, no goals", async () => {
      const project = await projectFrom(SMB);
      const agent = request.agent(t.app);
      const res = await agent
        .post(`/templates/from-project/${project}`)
        .type("form")
        .send({ key: "acme-rollout", name: "Acme rollout template", language: "en", kind: "custom", description: "From Acme", includeChecklists: "on", includeResources: "on" })
        .expect(303);
      const id = idFrom(res.headers.location, "/templates");
      expect(cheerio.load((await agent.get(`/templates/${id}`).expect(200)).text)(".flash").text()).to.equal(en("library.save.done"));
      const row = (await templateById(t.ds, id))!;
      expect(row).to.include({ key: "acme-rollout", name: "Acme rollout template", language: "en", kind: "custom", version: 1, builtIn: false, description: "From Acme" });
      const saved = parsedRow(row);
      expect(saved.goals).to.deep.equal([]);
      expect(saved.resources).to.have.length(SMB.resources.length);
      expect(saved.tasks.map((x) => x.key)).to.have.members(SMB.tasks.map((x) => x.key));
      expect(tasksByKey(saved)).to.deep.equal(tasksByKey(SMB));
      expect(saved.roles).to.deep.equal(SMB.roles);
      expect(saved.phases.map((p) => p.checklist.length)).to.deep.equal(SMB.phases.map((p) => p.checklist.length));
    });

    it("gives the source template's bytes back when the project is saved unchanged with everything included (docs/TEMPLATE-FORMAT.md)", async () => {
      for (const source of [SMB, builtIn("smb-sales-crm", "fa")]) {
        const project = await projectFrom(source, { name: source.name });
        const res = await request(t.app)
          .post(`/templates/from-project/${project}`)
          .type("form")
          .send({ key: "smb-again", name: source.name, language: source.language, kind: source.kind, description: source.description, includeChecklists: "on", includeGoals: "on", includeResources: "on" })
          .expect(303);
        const row = (await templateById(t.ds, idFrom(res.headers.location, "/templates")))!;
        expect(row.document, source.language).to.equal(documentOf({ ...source, key: "smb-again", version: 1 }));
      }
    });

    it("keeps every checklist item, goal and resource when everything is included", async () => {
      const project = await projectFrom(SMB);
      const res = await request(t.app)
        .post(`/templates/from-project/${project}`)
        .type("form")
        .send({ key: "smb-again", name: "Again", language: "en", kind: "custom", description: "", includeChecklists: "on", includeGoals: "on", includeResources: "on" })
        .expect(303);
      const saved = parsedRow((await templateById(t.ds, idFrom(res.headers.location, "/templates")))!);
      expect(checklistSets(saved)).to.deep.equal(checklistSets(SMB));
      expect(saved.goals).to.deep.equal(SMB.goals);
      expect(saved.resources).to.deep.equal(SMB.resources);
      expect(saved.goLiveTaskKey).to.equal(SMB.goLiveTaskKey);
    });

    it("refuses a key taken in that language with 422 and the keyTaken message", async () => {
      const project = await projectFrom(SMB);
      const form = { name: "Again", language: "en", kind: "custom", description: "", includeGoals: "on" };
      for (const key of [SMB.key, "acme-rollout"]) {
        if (key === "acme-rollout") await request(t.app).post(`/templates/from-project/${project}`).type("form").send({ ...form, key }).expect(303);
        const before = (await templateRows(t.ds)).length;
        const res = await request(t.app).post(`/templates/from-project/${project}`).type("form").send({ ...form, key }).expect(422);
        const $ = cheerio.load(res.text);
        expect($("#error-key").text(), key).to.equal(en("templates.errors.keyTaken", { key }));
        expect($("#field-name").val()).to.equal("Again");
        expect(await templateRows(t.ds)).to.have.length(before);
      }
    });

    it("refuses a key that is not a slug with 422", async () => {
      const project = await projectFrom(SMB);
      const res = await request(t.app)
        .post(`/templates/from-project/${project}`)
        .type("form")
        .send({ key: "Bad Key!", name: "Bad", language: "en", kind: "custom", description: "" })
        .expect(422);
      expect(cheerio.load(res.text)("#error-key").text()).to.equal(en("library.errors.key"));
      expect(await templateRows(t.ds)).to.have.length(6);
    });

    it("answers 404 for an unknown project", async () => {
      await get("/templates/from-project/9999").expect(404);
      await get("/templates/from-project/abc").expect(404);
    });
  });

  // ----------------------------------------------------------------------------------------------------
  describe("taking over a newer template version", () => {
    /** A project from a clone of the SMB template, then version 2 of the clone with one more task and checklist item. */
    async function projectBehindItsTemplate() {
      const copy = await clone(await idOf(SMB));
      const copyRow = (await templateById(t.ds, copy))!;
      const project = await projectFrom(copyRow);
      const created = await t.ds.getRepository(Project).findOneByOrFail({ id: project });
      expect(created).to.include({ templateKey: copyRow.key, templateLanguage: "en", templateVersion: 1, kickoffDate: KICKOFF });

      const draft = await openDraft(copy);
      await addTask(draft, { name: "Data quality audit", key: "EX-1", phase: "foundation", durationDays: "3", after: "FD-01" });
      const scope = await categoryOf(t.ds, draft, "scope");
      await request(t.app)
        .post(`/projects/${draft}/phases/rollout/checklist`)
        .type("form")
        .send({ text: "Hypercare rota agreed", categoryId: String(scope.id), ownerId: "", dueDate: "", note: "" })
        .expect(303);
      await publish(copy);
      expect((await templateById(t.ds, copy))!.version).to.equal(2);
      return { copy, project };
    }

    it("shows the notice and lists what version 2 adds", async () => {
      const { project } = await projectBehindItsTemplate();
      const $ = await page(`/projects/${project}`);
      const note = $(".template-update-note");
      expect(note).to.have.length(1);
      expect(note.text()).to.include(en("library.update.available", { version: 2, projectVersion: 1, tasks: 1, items: 1 }));
      expect(note.find(`a[href="/projects/${project}/template-update"]`).length).to.equal(1);

      const update = await page(`/projects/${project}/template-update`);
      expect(update('input[name="tasks"]').map((_i, el) => update(el).val()).get()).to.deep.equal(["EX-1"]);
      expect(update('input[name="tasks"]').parent().text()).to.include("Data quality audit");
      const items = update('input[name="checklist"]');
      expect(items).to.have.length(1);
      expect(items.parent().text()).to.include("Hypercare rota agreed");
    });

    it("adds the chosen task with its link, schedules it, records the version and drops the notice", async () => {
      const { project } = await projectBehindItsTemplate();
      const update = await page(`/projects/${project}/template-update`);
      const itemId = update('input[name="checklist"]').val() as string;
      const agent = request.agent(t.app);
      await agent
        .post(`/projects/${project}/template-update`)
        .type("form")
        .send(formBody({ tasks: ["EX-1"], checklist: [itemId] }))
        .expect(303)
        .expect("Location", `/projects/${project}`);

      const task = await taskOf(project, "EX-1");
      const pred = await taskOf(project, "FD-01");
      expect(task).to.include({ name: "Data quality audit", durationDays: 3, milestone: false });
      expect(task.phaseId).to.equal((await phaseOf(t.ds, project, "foundation")).id);
      expect(task.startDate >= KICKOFF, `scheduled, not before the kickoff: ${task.startDate}`).to.equal(true);
      // FS, no lag, Monday–Friday: the working day after FD-01's finish, three working days long.
      expect(task.startDate, `FD-01 finishes ${pred.finishDate}`).to.equal(addWorkingDays(pred.finishDate, 1));
      expect(task.finishDate).to.equal(addWorkingDays(task.startDate, 2));
      const links = await t.ds.getRepository(TaskLink).find({ where: { projectId: project, successorId: task.id } });
      expect(links.map((l) => [l.predecessorId, l.type, l.lagDays])).to.deep.equal([[pred.id, "FS", 0]]);
      const item = await t.ds.getRepository(ChecklistItem).findOneByOrFail({ projectId: project, text: "Hypercare rota agreed" });
      expect(item.phaseId).to.equal((await phaseOf(t.ds, project, "rollout")).id);
      expect((await t.ds.getRepository(Project).findOneByOrFail({ id: project })).templateVersion).to.equal(2);

      const $ = cheerio.load((await agent.get(`/projects/${project}`).expect(200)).text);
      expect($(".flash").text()).to.include(en("library.update.done"));
      expect($(".template-update-note").length).to.equal(0);
      await get(`/projects/${project}/template-update`).expect(404);
    });

    it("brings the summary a chosen task sits under, and a checklist item's custom category", async () => {
      const copy = await clone(await idOf(SMB));
      const project = await projectFrom((await templateById(t.ds, copy))!);
      const draft = await openDraft(copy);
      await addTask(draft, { name: "Go-live rehearsal", key: "EX-S", phase: "rollout", durationDays: "1" });
      await addTask(draft, { name: "Dress rehearsal", key: "EX-C", phase: "rollout", durationDays: "2", parent: "EX-S" });
      await request(t.app).post(`/projects/${draft}/phases/rollout/categories`).type("form").send({ name: "Hypercare" }).expect(303);
      const hypercare = await t.ds.getRepository(ChecklistCategory).findOneByOrFail({ projectId: draft, name: "Hypercare" });
      await request(t.app)
        .post(`/projects/${draft}/phases/rollout/checklist`)
        .type("form")
        .send({ text: "Hypercare hotline staffed", categoryId: String(hypercare.id), ownerId: "", dueDate: "", note: "" })
        .expect(303);
      await publish(copy);

      const update = await page(`/projects/${project}/template-update`);
      expect(update('input[name="tasks"]').map((_i, el) => update(el).val()).get()).to.deep.equal(["EX-S", "EX-C"]);
      const itemId = update('input[name="checklist"]').val() as string;
      await request(t.app).post(`/projects/${project}/template-update`).type("form").send(formBody({ tasks: ["EX-C"], checklist: [itemId] })).expect(303);

      const parent = await taskOf(project, "EX-S");
      const child = await taskOf(project, "EX-C");
      expect(child.parentId).to.equal(parent.id);
      expect(parent.phaseId).to.equal((await phaseOf(t.ds, project, "rollout")).id);
      const category = await t.ds.getRepository(ChecklistCategory).findOneByOrFail({ projectId: project, name: "Hypercare" });
      const item = await t.ds.getRepository(ChecklistItem).findOneByOrFail({ projectId: project, text: "Hypercare hotline staffed" });
      expect(item.categoryId).to.equal(category.id);
    });

    it("answers 404 for a project that is up to date or not from a template", async () => {
      const fromBuiltIn = await projectFrom(SMB);
      await get(`/projects/${fromBuiltIn}/template-update`).expect(404);
      await request(t.app).post(`/projects/${fromBuiltIn}/template-update`).type("form").send({ tasks: "PL-01" }).expect(404);
      expect((await page(`/projects/${fromBuiltIn}`))(".template-update-note").length).to.equal(0);
    });
  });

  // ----------------------------------------------------------------------------------------------------
  describe("roles and the working week on /projects/from-template", () => {
    const PM = SMB.roles.find((r) => r.key === "PM")!;
    const addUser = (name: string, email: string, disabled = false) =>
      t.ds.getRepository(User).save(t.ds.getRepository(User).create({ email, name, passwordHash: "none", isAdmin: false, locale: "en", disabledAt: disabled ? NOW : null }));

    it("names the role's person record after the chosen user, who becomes a member linked to it", async () => {
      const rita = await addUser("Rita Roles", "rita@example.com");
      const project = await projectFrom(SMB, { "role:PM": String(rita.id) });
      const members = await t.ds.getRepository(Member).find({ where: { projectId: project } });
      const pm = members.find((m) => m.roleTitle === PM.title)!;
      expect(pm).to.include({ name: "Rita Roles", email: "rita@example.com" });
      expect(members.filter((m) => m.roleTitle !== PM.title).every((m) => m.name === m.roleTitle)).to.equal(true);
      const membership = await t.ds.getRepository(ProjectMembership).findOneByOrFail({ projectId: project, userId: rita.id });
      expect(membership).to.include({ role: "member", memberId: pm.id });
      // PM tasks are assigned to Rita's person record.
      const pmTasks = await t.ds.getRepository(Task).find({ where: { projectId: project, assigneeId: pm.id } });
      expect(pmTasks.map((x) => x.key)).to.have.members(SMB.tasks.filter((x) => x.assigneeRole === "PM").map((x) => x.key));
    });

    for (const [what, value] of [
      ["an unknown user id", "9999"],
      ["a non-numeric id", "rita"],
      ["a disabled user", "disabled"],
    ] as const) {
      it(`answers 422 with the unknownUser message for ${what} and writes nothing`, async () => {
        const gone = await addUser("Gone User", "gone@example.com", true);
        const id = value === "disabled" ? String(gone.id) : value;
        const before = { projects: await t.ds.getRepository(Project).count(), memberships: await t.ds.getRepository(ProjectMembership).count() };
        const res = await request(t.app)
          .post("/projects/from-template")
          .type("form")
          .send(formBody({ template: choiceOf(SMB), name: "Kept", clientOrganisation: "", anchor: "kickoff", date: KICKOFF, holidays: "", "role:PM": id }))
          .expect(422);
        const $ = cheerio.load(res.text);
        expect($("#error-field-role-PM").text()).to.equal(en("templates.errors.unknownUser"));
        expect($("#field-name").val()).to.equal("Kept");
        expect(await t.ds.getRepository(Project).count()).to.equal(before.projects);
        expect(await t.ds.getRepository(ProjectMembership).count()).to.equal(before.memberships);
        expect(await t.ds.getRepository(Member).count()).to.equal(0);
      });
    }

    it("stores the chosen working week (Saturday–Wednesday) sorted", async () => {
      const project = await projectFrom(SMB, { workingDays: ["6", "7", "1", "2", "3"] });
      const row = await t.ds.getRepository(Project).findOneByOrFail({ id: project });
      expect(row.workingDays).to.equal("1,2,3,6,7");
      // No task starts on a Thursday or Friday.
      const tasks = await t.ds.getRepository(Task).find({ where: { projectId: project } });
      for (const x of tasks) expect([4, 5], `${x.key} starts ${x.startDate}`).to.not.include(new Date(`${x.startDate}T00:00:00Z`).getUTCDay());
    });

    it("keeps the template's week when no day is ticked", async () => {
      const project = await projectFrom(builtIn("smb-sales-crm", "fa"));
      expect((await t.ds.getRepository(Project).findOneByOrFail({ id: project })).workingDays).to.equal("1,2,3,6,7");
    });
  });
});

// ------------------------------------------------------------------------------------------------------
describe("Template library permissions (real sessions)", function () {
  let ds: DataSource;
  let app: Express;
  let plain: Session;
  let consultant: Session;
  let otherConsultant: Session;
  let smbId: number;
  let plainProjectId: number;
  const serverErrors: unknown[] = [];

  before(async function () {
    this.timeout(60_000);
    ds = await freshDataSource();
    const services = createServices(ds, () => NOW);
    await services.templates.seedBuiltIns(BUILT_IN_TEMPLATES);
    app = createApp({ dataSource: ds, today: () => TODAY, now: () => NOW, sessionSecret: "test-secret", log: (e) => serverErrors.push(e) });
    const users = new UserService(ds);
    await users.create({ email: "admin@example.com", name: "Ada Admin", password: PASSWORD, isAdmin: true });
    const pat = await users.create({ email: "plain@example.com", name: "Pat Plain", password: PASSWORD, isAdmin: false });
    await users.create({ email: "cora@example.com", name: "Cora Consultant", password: PASSWORD, isAdmin: false, isConsultant: true });
    await users.create({ email: "carl@example.com", name: "Carl Consultant", password: PASSWORD, isAdmin: false, isConsultant: true });
    smbId = (await templateRow(ds, SMB.key, "en")).id;
    plainProjectId = (await services.projects.create({ name: "Pat's project", clientOrganisation: "", description: "", kickoffDate: TODAY, workingDays: [1, 2, 3, 4, 5] }, { ownerUserId: pat.id })).id;
    plain = await signIn(app, "plain@example.com");
    consultant = await signIn(app, "cora@example.com");
    otherConsultant = await signIn(app, "carl@example.com");
  });
  after(() => ds.destroy());

  const status = (res: Res) => `${res.status} ${res.headers.location ?? ""} ${serverErrors.length ? String(serverErrors[serverErrors.length - 1]) : ""}`;
  const cloneAs = (s: Session, withToken = true) =>
    s.agent
      .post(`/templates/${smbId}/clone`)
      .type("form")
      .send(withToken ? { _csrf: s.csrf } : {});

  it("lets a plain user browse, preview and export, without management actions", async () => {
    const list = await plain.agent.get("/templates").expect(200);
    const $ = cheerio.load(list.text);
    expect($(".template-card")).to.have.length(6);
    expect($('a[href="/templates/import"]').length).to.equal(0);
    const preview = cheerio.load((await plain.agent.get(`/templates/${smbId}`).expect(200)).text);
    expect(preview("h1").text()).to.equal(SMB.name);
    expect(preview(`form[action="/templates/${smbId}/clone"]`).length).to.equal(0);
    const exported = await plain.agent.get(`/templates/${smbId}/export`).buffer(true).parse(rawBytes).expect(200);
    expect((exported.body as Buffer).toString("utf8")).to.equal(serializeTemplate(SMB));
  });

  it("refuses a plain user the import page, import, clone, draft and save-as-template (403)", async () => {
    const before = (await templateRows(ds)).length;
    await plain.agent.get("/templates/import").expect(403);
    const file = editedFile(serializeTemplate(SMB), (doc) => {
      doc.key = "plain-import";
    });
    await plain.agent.post(`/templates/import?_csrf=${encodeURIComponent(plain.csrf)}`).attach("file", Buffer.from(file), "t.json").expect(403);
    const res = await cloneAs(plain);
    expect(res.status, status(res)).to.equal(403);
    await plain.agent.get(`/templates/from-project/${plainProjectId}`).expect(403);
    await plain.agent.post(`/templates/from-project/${plainProjectId}`).type("form").send({ _csrf: plain.csrf, key: "pats", name: "Pat's", language: "en", kind: "custom" }).expect(403);
    expect(await templateRows(ds)).to.have.length(before);
  });

  it("lets a plain user create a project from a template", async () => {
    const res = await plain.agent
      .post("/projects/from-template")
      .type("form")
      .send({ _csrf: plain.csrf, template: choiceOf(SMB), name: "Pat from template", clientOrganisation: "", anchor: "kickoff", date: KICKOFF, holidays: "" });
    expect(res.status, status(res)).to.equal(303);
    await plain.agent.get(res.headers.location!).expect(200);
  });

  it("lets a consultant reach the import page and clone", async () => {
    await consultant.agent.get("/templates/import").expect(200);
    const res = await cloneAs(consultant);
    expect(res.status, status(res)).to.equal(303);
    const row = (await templateById(ds, idFrom(res.headers.location, "/templates")))!;
    expect(row).to.include({ builtIn: false, version: 1 });
    expect(row.key).to.match(new RegExp(`^${SMB.key}-copy`));
  });

  it("lets a consultant import a file (CSRF token in the query of the multipart form)", async () => {
    const file = editedFile(serializeTemplate(SMB), (doc) => {
      doc.key = "cora-import";
    });
    const res = await consultant.agent.post(`/templates/import?_csrf=${encodeURIComponent(consultant.csrf)}`).attach("file", Buffer.from(file), "t.json");
    expect(res.status, status(res)).to.equal(303);
    expect((await templateRow(ds, "cora-import")).builtIn).to.equal(false);
    // Without the token: 403, nothing saved.
    const other = editedFile(serializeTemplate(SMB), (doc) => {
      doc.key = "cora-import-2";
    });
    await consultant.agent.post("/templates/import").attach("file", Buffer.from(other), "t.json").expect(403);
    expect(await ds.getRepository(Template).count({ where: { key: "cora-import-2" } })).to.equal(0);
  });

  it("hides another user's project from a consultant's save-as-template (404)", async () => {
    await consultant.agent.get(`/templates/from-project/${plainProjectId}`).expect(404);
    await consultant.agent
      .post(`/templates/from-project/${plainProjectId}`)
      .type("form")
      .send({ _csrf: consultant.csrf, key: "not-mine", name: "Not mine", language: "en", kind: "custom", description: "" })
      .expect(404);
    expect(await ds.getRepository(Template).count({ where: { key: "not-mine" } })).to.equal(0);
  });

  it("refuses a POST without a CSRF token (403) and writes nothing", async () => {
    const before = (await templateRows(ds)).length;
    const res = await cloneAs(consultant, false);
    expect(res.status, status(res)).to.equal(403);
    const forged = await consultant.agent.post(`/templates/${smbId}/clone`).type("form").send({ _csrf: "not-the-token" });
    expect(forged.status, status(forged)).to.equal(403);
    expect(await templateRows(ds)).to.have.length(before);
  });

  it("hides a template's draft from plain users (404) and opens it to another consultant who is not a member", async () => {
    const cloned = await cloneAs(consultant).expect(303);
    const copy = idFrom(cloned.headers.location, "/templates");
    const opened = await consultant.agent.post(`/templates/${copy}/draft`).type("form").send({ _csrf: consultant.csrf });
    expect(opened.status, status(opened)).to.equal(303);
    const draft = idFrom(opened.headers.location, "/projects");
    await consultant.agent.get(`/projects/${draft}`).expect(200);

    const carl = await ds.getRepository(User).findOneByOrFail({ email: "carl@example.com" });
    expect(await ds.getRepository(ProjectMembership).count({ where: { projectId: draft, userId: carl.id } })).to.equal(0);
    const $ = cheerio.load((await otherConsultant.agent.get(`/projects/${draft}`).expect(200)).text);
    expect($(".draft-banner").length).to.equal(1);
    await otherConsultant.agent.get(`/projects/${draft}/tasks`).expect(200);
    await plain.agent.get(`/projects/${draft}`).expect(404);
    await plain.agent.get(`/projects/${draft}/tasks`).expect(404);
    // Neither lists the draft as a project.
    for (const s of [consultant, otherConsultant]) expect(cheerio.load((await s.agent.get("/projects").expect(200)).text)(`a[href="/projects/${draft}"]`).length).to.equal(0);
    // A plain user cannot publish or discard it either.
    await plain.agent.post(`/templates/${copy}/publish`).type("form").send({ _csrf: plain.csrf }).expect(403);
    await plain.agent.post(`/templates/${copy}/discard`).type("form").send({ _csrf: plain.csrf }).expect(403);
    expect((await templateById(ds, copy))!.draftProjectId).to.equal(draft);
  });

  it("sends an anonymous visitor to the sign-in page", async () => {
    const res = await request(app).get("/templates");
    expect([302, 303]).to.include(res.status);
    expect(res.headers.location).to.match(/^\/login/);
  });
});
