// Helpers for the template library HTTP tests: the built-ins by key, template rows, raw response bodies,
// JSON edits of an exported file, and signing real users in (session + CSRF token) for permission checks.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import type { DataSource } from "typeorm";
import type { Express } from "express";
import { Template } from "../../entities";
import { BUILT_IN_TEMPLATES } from "../../seeds/templates";
import type { ProjectTemplate, TemplateLanguage } from "../../server/domain/template-format";

export type Agent = ReturnType<typeof request.agent>;
export type Res = request.Response;

/** The built-in template with this key and language (fails the test when missing). */
export function builtIn(key: string, language: TemplateLanguage = "en"): ProjectTemplate {
  const tpl = BUILT_IN_TEMPLATES.find((x) => x.key === key && x.language === language);
  if (!tpl) throw new Error(`no built-in template ${key}:${language}`);
  return tpl;
}

/** The value a template has in the from-template form's select: "smb-sales-crm:en". */
export const choiceOf = (t: { key: string; language: string }): string => `${t.key}:${t.language}`;

export const templateRows = (ds: DataSource): Promise<Template[]> => ds.getRepository(Template).find({ order: { id: "ASC" } });

export async function templateRow(ds: DataSource, key: string, language = "en"): Promise<Template> {
  const row = await ds.getRepository(Template).findOne({ where: { key, language } });
  expect(row, `template row ${key}:${language}`).to.not.equal(null);
  return row!;
}

export const templateById = (ds: DataSource, id: number): Promise<Template | null> => ds.getRepository(Template).findOne({ where: { id } });

/** The numeric id at the end of a redirect such as "/templates/7" or "/projects/12". */
export function idFrom(location: string | undefined, prefix: "/templates" | "/projects"): number {
  const m = new RegExp(`^${prefix}/(\\d+)$`).exec(location ?? "");
  expect(m, `Location ${location} should be ${prefix}/<id>`).to.not.equal(null);
  return Number(m![1]);
}

/** A parser for supertest's .parse(): buffers the body as raw bytes (res.body is a Buffer), whatever its content type. */
export const rawBytes = ((res: NodeJS.ReadableStream, done: (err: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on("data", (c: Buffer) => chunks.push(Buffer.from(c)));
  res.on("end", () => done(null, Buffer.concat(chunks)));
  res.on("error", (e: Error) => done(e, Buffer.alloc(0)));
}) as unknown as Parameters<request.Test["parse"]>[0];

/** The attachment's file name from Content-Disposition (quoted or a bare token); fails unless it is an attachment. */
export function fileNameOf(res: Res): string {
  const m = /^attachment; filename=(?:"([^"]+)"|([^\s;"]+))$/.exec(String(res.headers["content-disposition"] ?? ""));
  expect(m, `Content-Disposition: ${res.headers["content-disposition"]}`).to.not.equal(null);
  return m![1] ?? m![2];
}

/** A copy of a template file's JSON text with changes applied to the parsed document (4-space indent, not canonical). */
export function editedFile(text: string, change: (doc: ProjectTemplate) => void): string {
  const doc = JSON.parse(text) as ProjectTemplate;
  change(doc);
  return JSON.stringify(doc, null, 4);
}

/** An object of a template document as loose JSON, to give it fields or values the format rejects. */
export const loose = (o: object): Record<string, unknown> => o as Record<string, unknown>;

export const PASSWORD = "correct horse battery staple";

export interface Session {
  agent: Agent;
  csrf: string;
}

/** Signs in through the real login form and returns the agent with the new session's CSRF token. */
export async function signIn(app: Express, email: string): Promise<Session> {
  const agent = request.agent(app);
  const login = await agent.get("/login").expect(200);
  const token = cheerio.load(login.text)('input[name="_csrf"]').val() as string;
  await agent.post("/login").type("form").send({ _csrf: token, email, password: PASSWORD }).expect(303).expect("Location", "/projects");
  // A new session begins at sign-in; its token is in every signed-in page (the sign-out form).
  const page = await agent.get("/account/password").expect(200);
  const csrf = cheerio.load(page.text)('input[name="_csrf"]').first().val() as string;
  expect(csrf, `CSRF token for ${email}`).to.be.a("string").and.not.equal("");
  return { agent, csrf };
}
