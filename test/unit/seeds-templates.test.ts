import { expect } from "chai";
import { BUILTIN_CHECKLIST_CATEGORIES } from "../../server/domain/types";
import { renderTemplateProblem, validateTemplate, type ProjectTemplate } from "../../server/domain/template-format";
import { scheduleTemplate } from "../../seeds/templates/build";
import * as enterprise from "../../seeds/templates/enterprise-ecrm";
import { BUILT_IN_TEMPLATES } from "../../seeds/templates/index";
import { CUSTOM_CATEGORIES, TASKS } from "../../seeds/templates/library";
import * as service from "../../seeds/templates/service-centre";
import * as smb from "../../seeds/templates/smb-sales";

const PAIRS: { name: string; en: ProjectTemplate; fa: ProjectTemplate }[] = [
  { name: "smb-sales", en: smb.en, fa: smb.fa },
  { name: "enterprise-ecrm", en: enterprise.en, fa: enterprise.fa },
  { name: "service-centre", en: service.en, fa: service.fa },
];

/** Codes allowed to stay in Latin letters inside Persian texts. */
const ALLOWED_CODES = new Set([
  "CRM", "E-CRM", "KPI", "ERP", "SCM", "UAT", "SIT", "CTI", "IVR", "SLA", "FCR", "AHT", "CSAT", "NPS", "SMS", "RFP", "SOW", "RAID", "MoSCoW",
]);
const PERSIAN_LETTER = /[\u0600-\u06FF]/;
const LATIN_WORD = /[A-Za-z]+(?:-[A-Za-z]+)*/g;

/** Every human-readable text of a template, with where it sits; `unit` texts may be symbols only. */
function texts(t: ProjectTemplate): { where: string; text: string; symbolsOk?: boolean }[] {
  const out: { where: string; text: string; symbolsOk?: boolean }[] = [
    { where: "name", text: t.name },
    { where: "description", text: t.description },
  ];
  t.roles.forEach((r) => out.push({ where: `role ${r.key}`, text: r.title }));
  t.tasks.forEach((x) => {
    out.push({ where: `task ${x.key}`, text: x.name });
    if (x.notes) out.push({ where: `task ${x.key} notes`, text: x.notes });
  });
  t.phases.forEach((p) =>
    p.checklist.forEach((c, i) => {
      out.push({ where: `${p.kind} checklist ${i}`, text: c.text });
      if (!(BUILTIN_CHECKLIST_CATEGORIES as readonly string[]).includes(c.category)) out.push({ where: `${p.kind} checklist ${i} category`, text: c.category });
      if (c.note) out.push({ where: `${p.kind} checklist ${i} note`, text: c.note });
    }),
  );
  t.goals.forEach((g) => {
    out.push({ where: `goal ${g.name}`, text: g.name });
    out.push({ where: `goal ${g.name} unit`, text: g.unit, symbolsOk: true });
  });
  t.resources.forEach((r) => {
    out.push({ where: `resource ${r.name}`, text: r.name });
    out.push({ where: `resource ${r.name} unit`, text: r.unit, symbolsOk: true });
  });
  return out;
}

/** The structure that must not differ between the languages. */
function structure(t: ProjectTemplate) {
  return {
    key: t.key,
    kind: t.kind,
    version: t.version,
    goLiveTaskKey: t.goLiveTaskKey,
    roles: t.roles.map((r) => r.key),
    tasks: t.tasks.map((x) => ({
      key: x.key,
      phase: x.phase,
      parent: x.parent,
      durationDays: x.durationDays,
      milestone: x.milestone,
      assigneeRole: x.assigneeRole,
      predecessors: x.predecessors,
      hasNotes: x.notes !== undefined,
    })),
    phases: t.phases.map((p) => ({
      kind: p.kind,
      checklist: p.checklist.map((c) => ({
        builtin: (BUILTIN_CHECKLIST_CATEGORIES as readonly string[]).includes(c.category) ? c.category : null,
        ownerRole: c.ownerRole,
        dueOffsetDays: c.dueOffsetDays,
        hasNote: c.note !== undefined,
      })),
    })),
    goals: t.goals.map((g) => ({ target: g.target, baseline: g.baseline, ownerRole: g.ownerRole, dueTaskKey: g.dueTaskKey })),
    resources: t.resources.map((r) => ({ kind: r.kind, planned: r.planned })),
  };
}

const LENGTH: Record<string, { min: number; max: number; endKeys: string[] }> = {
  // Kickoff to the end of the (last wave's) hypercare, in working days (5 per week).
  "smb-sales-crm": { min: 8 * 5, max: 12 * 5, endKeys: ["RO-09"] },
  "enterprise-ecrm": { min: 26 * 5, max: 39 * 5, endKeys: ["RO-09", "RO-W2.09"] },
  "service-centre-crm": { min: 12 * 5, max: 20 * 5, endKeys: ["RO-09"] },
};

/** The §2 tasks each §7 outline lists (plus the gates every template carries). */
const OUTLINE: Record<string, string[]> = {
  "smb-sales-crm": [
    "PL-01", "PL-02", "PL-04", "PL-05", "PL-06", "PL-07", "PL-08", "PL-12", "PL-13", "PL-14",
    "FD-01", "FD-02", "FD-06", "FD-07", "FD-09", "FD-11", "FD-13", "FD-15",
    "RO-01", "RO-04", "RO-06", "RO-07", "RO-08", "RO-09", "RO-12", "RO-14",
  ],
  "enterprise-ecrm": Object.keys(TASKS),
  "service-centre-crm": [
    "PL-01", "PL-02", "PL-10", "PL-11", "PL-12", "PL-14",
    "FD-01", "FD-02", "FD-03", "FD-05", "FD-07", "FD-08", "FD-11", "FD-12", "FD-14", "FD-15",
    "RO-01", "RO-04", "RO-05", "RO-06", "RO-08", "RO-09", "RO-12",
  ],
};

type Where = { template: string; task?: string; category?: string; text?: string };
/** DOMAIN.md §2.4: every seed item lives in at least one built-in template (English versions). */
const SEED_TRACE: { item: string; where: Where[] }[] = [
  { item: "E-CRM stage 1 Planning: segments, activities, strategy map", where: [{ template: "enterprise-ecrm", task: "PL-01" }, { template: "enterprise-ecrm", task: "PL-03" }] },
  {
    item: "E-CRM stage 2 Interaction across channels",
    where: [{ template: "enterprise-ecrm", task: "FD-02" }, { template: "enterprise-ecrm", task: "RO-05" }, { template: "enterprise-ecrm", category: "Channels", text: "Cross-channel" }],
  },
  { item: "E-CRM stage 3 Information processing", where: [{ template: "enterprise-ecrm", task: "FD-03" }, { template: "enterprise-ecrm", category: "Data migration", text: "Inventory of sources" }] },
  { item: "E-CRM stage 4 Exploitation", where: [{ template: "enterprise-ecrm", task: "RO-13" }] },
  { item: "Customer groups, including latent customers", where: [{ template: "enterprise-ecrm", task: "PL-03" }, { template: "enterprise-ecrm", category: "scope", text: "latent customers" }] },
  { item: "Market-management layers (CRM with ERP/SCM)", where: [{ template: "enterprise-ecrm", task: "PL-11" }, { template: "enterprise-ecrm", task: "FD-05" }, { template: "enterprise-ecrm", task: "FD-08.ERP" }] },
  {
    item: "Multiple channels, especially direct ones",
    where: [{ template: "enterprise-ecrm", task: "FD-02.WEB" }, { template: "enterprise-ecrm", task: "FD-02.CC" }, { template: "enterprise-ecrm", category: "Channels", text: "Chat, social, SMS" }],
  },
  { item: "Management mindset", where: [{ template: "enterprise-ecrm", task: "PL-10" }, { template: "enterprise-ecrm", task: "FD-10" }] },
  { item: "Help desk", where: [{ template: "service-centre-crm", task: "FD-14" }, { template: "service-centre-crm", category: "Channels", text: "Help desk:" }] },
  {
    item: "Internet impact (automate and define processes first)",
    where: [{ template: "enterprise-ecrm", task: "FD-02" }, { template: "enterprise-ecrm", category: "Channels", text: "technology is not magic" }],
  },
  { item: "Contact centre", where: [{ template: "service-centre-crm", category: "Channels", text: "Contact centre:" }, { template: "service-centre-crm", task: "FD-08" }] },
  { item: "Culture", where: [{ template: "enterprise-ecrm", task: "PL-10" }, { template: "enterprise-ecrm", category: "Culture and localisation", text: "Culture assessed" }] },
  { item: "4-parameter tool framework", where: [{ template: "enterprise-ecrm", category: "Channels", text: "four E-CRM parameters" }] },
];

/** The seed's own tasks (✔ and ✔E rows of §2). */
const SEED_TASKS = ["PL-01", "PL-02", "PL-03", "PL-04", "PL-05", "PL-06", "PL-07", "PL-08", "PL-10", "PL-11", "PL-12", "PL-13", "FD-01", "FD-02", "FD-03", "FD-05", "FD-09", "FD-10", "RO-13"];

describe("seeds/templates: built-in templates", () => {
  it("exports six templates, one per key and language", () => {
    expect(BUILT_IN_TEMPLATES).to.have.length(6);
    expect(BUILT_IN_TEMPLATES.map((t) => `${t.key}/${t.language}`)).to.have.members([
      "smb-sales-crm/en", "smb-sales-crm/fa", "enterprise-ecrm/en", "enterprise-ecrm/fa", "service-centre-crm/en", "service-centre-crm/fa",
    ]);
    for (const t of BUILT_IN_TEMPLATES) expect(t.version).to.equal(1);
  });

  for (const t of BUILT_IN_TEMPLATES) {
    describe(`${t.key} (${t.language})`, () => {
      it("passes validateTemplate unchanged", () => {
        const v = validateTemplate(JSON.parse(JSON.stringify(t)));
        if (!v.ok) expect.fail(v.problems.map(renderTemplateProblem).join("\n"));
        expect(v.ok && v.template).to.deep.equal(t);
      });

      it("has a go-live milestone in rollout, and milestones for the gates", () => {
        const byKey = new Map(t.tasks.map((x) => [x.key, x]));
        const go = byKey.get(t.goLiveTaskKey!);
        expect(go, "goLiveTaskKey").to.exist;
        expect(go).to.include({ milestone: true, durationDays: 0, phase: "rollout" });
        for (const gate of ["PL-14", "FD-15", "RO-06", "RO-08"]) expect(byKey.get(gate), gate).to.include({ milestone: true });
      });

      it("has the length of its §7 outline (kickoff to the end of hypercare)", () => {
        const spans = scheduleTemplate(t.tasks);
        const { min, max, endKeys } = LENGTH[t.key];
        const end = Math.max(...endKeys.map((k) => spans.get(k)!.finish));
        expect(end).to.be.within(min, max);
        expect(spans.get(t.goLiveTaskKey!)!.start).to.be.below(end);
      });

      it("lists the §2 tasks of its outline, with the RACI role set and the R role as assignee", () => {
        const keys = t.tasks.map((x) => x.key);
        expect(keys).to.include.members(OUTLINE[t.key]);
        expect(t.roles.map((r) => r.key)).to.deep.equal(["SP", "PM", "CC", "BA", "IT", "DS", "SL", "ML", "SvL", "CH", "VN"]);
        const parents = new Set(t.tasks.map((x) => x.parent).filter(Boolean));
        for (const x of t.tasks) {
          if (parents.has(x.key)) expect(x.assigneeRole, `${x.key} is a summary`).to.be.undefined;
          else expect(x.assigneeRole, x.key).to.be.a("string");
        }
      });

      it("links every task into the network: only PL-01 starts without a predecessor", () => {
        const byKey = new Map(t.tasks.map((x) => [x.key, x]));
        const parents = new Set(t.tasks.map((x) => x.parent).filter(Boolean));
        for (const x of t.tasks) {
          if (parents.has(x.key) || x.key === "PL-01") continue;
          let linked = false;
          for (let cur: typeof x | undefined = x; cur && !linked; cur = cur.parent ? byKey.get(cur.parent) : undefined) linked = (cur.predecessors ?? []).length > 0;
          expect(linked, x.key).to.be.true;
        }
      });

      it("puts its checklists in all three phases, under built-in or the agreed custom categories", () => {
        const allowed = new Set<string>([...BUILTIN_CHECKLIST_CATEGORIES, ...Object.values(CUSTOM_CATEGORIES).map((c) => c[t.language])]);
        expect(t.phases.map((p) => p.kind)).to.deep.equal(["planning", "foundation", "rollout"]);
        for (const p of t.phases) {
          expect(p.checklist.length, p.kind).to.be.above(5);
          for (const c of p.checklist) expect(allowed.has(c.category), c.category).to.be.true;
        }
      });

      it("has KPIs with targets and no actual or baseline values, and resource placeholders", () => {
        expect(t.goals.length).to.be.at.least(4);
        for (const g of t.goals) {
          expect(g.baseline).to.be.undefined;
          expect(g.target).to.be.a("number");
        }
        const kinds = new Set(t.resources.map((r) => r.kind));
        expect([...kinds]).to.have.members(["people", "budget", "tool", "environment"]);
        expect(t.resources.some((r) => r.kind === "budget" && /contingency|احتیاطی/i.test(r.name))).to.be.true;
      });
    });
  }

  for (const { name, en, fa } of PAIRS) {
    describe(`${name}: English and Persian`, () => {
      it("share the structure: task keys, links, durations, roles, checklists, goals, resources", () => {
        expect(en.language).to.equal("en");
        expect(fa.language).to.equal("fa");
        expect(structure(fa)).to.deep.equal(structure(en));
      });

      it("Persian texts are Persian, with only allow-listed codes in Latin letters", () => {
        for (const { where, text, symbolsOk } of texts(fa)) {
          if (!symbolsOk) expect(PERSIAN_LETTER.test(text), `${where}: ${text}`).to.be.true;
          const latin = (text.match(LATIN_WORD) ?? []).filter((w) => !ALLOWED_CODES.has(w));
          expect(latin, `${where}: ${text}`).to.deep.equal([]);
        }
      });

      it("Persian texts join prefixes and plural suffixes with a ZWNJ, not a space", () => {
        for (const { where, text } of texts(fa)) {
          expect(/(^|\s)(ن?می) [\u0600-\u06FF]/.test(text), `${where}: ${text}`).to.be.false;
          expect(/[\u0600-\u06FF] (ها|های|هایی|تر|ترین)(\s|$|[،؛.)])/.test(text), `${where}: ${text}`).to.be.false;
        }
      });

      it("English texts contain no Persian letters", () => {
        for (const { where, text } of texts(en)) expect(PERSIAN_LETTER.test(text), `${where}: ${text}`).to.be.false;
      });
    });
  }

  describe("DOMAIN.md §2.4 seed traceability", () => {
    const byKey = new Map(BUILT_IN_TEMPLATES.filter((t) => t.language === "en").map((t) => [t.key, t]));
    for (const row of SEED_TRACE) {
      it(`covers "${row.item}"`, () => {
        for (const w of row.where) {
          const t = byKey.get(w.template)!;
          if (w.task) expect(t.tasks.map((x) => x.key), `${w.template} ${w.task}`).to.include(w.task);
          if (w.category) {
            const hit = t.phases.some((p) => p.checklist.some((c) => c.category === w.category && c.text.includes(w.text ?? "")));
            expect(hit, `${w.template}: ${w.category} "${w.text}"`).to.be.true;
          }
        }
      });
    }

    it("the contact-centre seed item has its own template", () => {
      expect(byKey.get("service-centre-crm")!.kind).to.equal("service-centre");
    });

    it("every seed task of §2 (✔, ✔E) is in at least one template", () => {
      const all = new Set(BUILT_IN_TEMPLATES.flatMap((t) => t.tasks.map((x) => x.key)));
      for (const k of SEED_TASKS) expect(all.has(k), k).to.be.true;
    });
  });
});
