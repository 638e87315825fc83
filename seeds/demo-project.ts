// The demo project as plain data: a mid-size sales & service CRM rollout built from the task library,
// checklists and KPIs of docs DOMAIN.md §2–§4. Dates are not stored here: seeds/layout.ts derives them
// from the kickoff, and tasks, checklist items and goals refer to dates through task keys.
import type { BuiltinChecklistCategory, ExpectationSource, ExpectationStatus, Moscow, PhaseKind, ResourceKind } from "../server/domain/types";

export const DEMO_SEED_KEY = "demo";

/**
 * The kickoff is the Monday this many weeks before the Monday of today's week. Planning's critical path
 * (PL-01 → PL-02 → PL-09 → PL-11 → PL-12 → PL-13) is 45 working days, so 12 weeks puts today in the
 * second week of FD-02: planning signed off, foundation visibly under way.
 */
export const KICKOFF_WEEKS_BEFORE_TODAY = 12;

/** RACI role codes of DOMAIN.md §2; each demo member holds one. */
export type RoleCode = "SP" | "PM" | "CC" | "BA" | "IT" | "DS" | "SL" | "ML" | "SvL" | "CH" | "VN";

export interface SeedProject {
  name: string;
  clientOrganisation: string;
  description: string;
  /** ISO weekdays, 1 = Monday. */
  workingDays: number[];
}

export interface SeedMember {
  role: RoleCode;
  name: string;
  email: string;
  organisation: string;
  roleTitle: string;
}

export interface SeedTask {
  key: string;
  name: string;
  phase: PhaseKind;
  /** Working days; 0 makes a milestone. Ignored for summaries (they span their children). */
  durationDays: number;
  /** Role of the first Responsible in the A/R column; null for summaries. */
  responsible: RoleCode | null;
  /** Finish-to-start predecessors, by key ("Depends on" column). */
  predecessors: string[];
  /** Key of the WBS summary this task sits under. */
  parent?: string;
  /** True for WBS summary tasks (no own links; dates span the children). */
  summary?: boolean;
  notes?: string;
}

/** Checklist category: a built-in key or the name of one of the custom categories below. */
export type SeedCategory = { builtin: BuiltinChecklistCategory } | { custom: string };

export interface SeedChecklistItem {
  phase: PhaseKind;
  category: SeedCategory;
  text: string;
  owner: RoleCode;
  /** Due on the finish (or start) of this task. */
  dueWith: string;
  dueAt?: "start" | "finish";
  /** Stays open even when its due date has passed (the demo's overdue items). */
  staysOpen?: boolean;
  note?: string;
}

export interface SeedGoal {
  name: string;
  unit: string;
  baseline: number | null;
  target: number;
  actual: number | null;
  /** Due on the finish of this task. */
  dueWith: string;
  owner: RoleCode;
  notes: string;
}

export interface SeedResource {
  kind: ResourceKind;
  name: string;
  member?: RoleCode;
  unit: string;
  planned: number;
  committed: number;
  notes: string;
}

export interface SeedExpectation {
  userGroup: string;
  statement: string;
  priority: Moscow;
  source: ExpectationSource;
  status: ExpectationStatus;
  taskKeys: string[];
}

export interface DemoProject {
  project: SeedProject;
  members: SeedMember[];
  customCategories: string[];
  tasks: SeedTask[];
  checklist: SeedChecklistItem[];
  goals: SeedGoal[];
  resources: SeedResource[];
  expectations: SeedExpectation[];
  /** Signed off when every planning task is done: by whom, on the gate task's day, with this note. */
  planningGate: { taskKey: string; signedOffBy: RoleCode; note: string };
}

const CLIENT = "Contoso Retail";
const VENDOR = "Northwind Consulting";
const DATA_MIGRATION = "Data migration";
const GO_LIVE = "Go-live readiness";

const project: SeedProject = {
  name: "Contoso Retail — Sales & Service CRM rollout",
  clientOrganisation: CLIENT,
  description:
    "Contoso Retail replaces its spreadsheets and ageing contact database with one CRM for about 180 users: " +
    "field and inside sales, marketing, and the customer service centre. Release 1 covers lead-to-order, " +
    "campaigns with consent per channel, and case management on web, email and telephony, integrated with the ERP. " +
    "Northwind Consulting is the implementation partner.",
  workingDays: [1, 2, 3, 4, 5],
};

const members: SeedMember[] = [
  { role: "SP", name: "Daniel Whitaker", email: "daniel.whitaker@example.com", organisation: CLIENT, roleTitle: "Chief Commercial Officer (sponsor)" },
  { role: "PM", name: "Sara Ahmadi", email: "sara.ahmadi@example.com", organisation: CLIENT, roleTitle: "Project manager" },
  { role: "CC", name: "Lukas Becker", email: "lukas.becker@example.org", organisation: VENDOR, roleTitle: "CRM consultant" },
  { role: "BA", name: "Priya Raman", email: "priya.raman@example.com", organisation: CLIENT, roleTitle: "Business analyst" },
  { role: "IT", name: "Reza Karimi", email: "reza.karimi@example.com", organisation: CLIENT, roleTitle: "IT lead, infrastructure and integration" },
  { role: "DS", name: "Maryam Hosseini", email: "maryam.hosseini@example.com", organisation: CLIENT, roleTitle: "Data steward" },
  { role: "SL", name: "James O'Connor", email: "james.oconnor@example.com", organisation: CLIENT, roleTitle: "Head of sales" },
  { role: "ML", name: "Elena Rossi", email: "elena.rossi@example.com", organisation: CLIENT, roleTitle: "Marketing lead" },
  { role: "SvL", name: "Niloufar Tehrani", email: "niloufar.tehrani@example.com", organisation: CLIENT, roleTitle: "Customer service lead" },
  { role: "CH", name: "Tomás García", email: "tomas.garcia@example.com", organisation: CLIENT, roleTitle: "Key user and CRM champion, inside sales" },
  { role: "VN", name: "Arash Farahani", email: "arash.farahani@example.org", organisation: VENDOR, roleTitle: "Delivery lead and solution architect" },
];

// Durations: one planned value inside each range of DOMAIN.md §2 for a mid-size rollout (1 wk = 5 d),
// taking the low end on planning's critical path so the phase stays within its typical 4–10 weeks.
const planning: SeedTask[] = [
  { key: "PL-01", name: "Define goals and measurable objectives; record KPI baselines", phase: "planning", durationDays: 5, responsible: "PM", predecessors: [], notes: "Deliverable: objectives and KPI baseline sheet (see Goals)." },
  { key: "PL-02", name: "Define the CRM project's scope (processes, channels, units, users, releases)", phase: "planning", durationDays: 5, responsible: "PM", predecessors: ["PL-01"], notes: "Deliverable: scope statement with in/out list." },
  { key: "PL-03", name: "Clean up customer-group definitions, including latent customers; segment strategy map", phase: "planning", durationDays: 5, responsible: "BA", predecessors: ["PL-01"] },
  { key: "PL-04", name: "Define the project organisation: members, roles, responsibilities", phase: "planning", durationDays: 4, responsible: "PM", predecessors: ["PL-02"], notes: "Deliverable: org chart, RACI, steering-committee terms of reference, decision rights." },
  { key: "PL-05", name: "Select people in the various areas (key users, champions, data steward, admin)", phase: "planning", durationDays: 5, responsible: "PM", predecessors: ["PL-04"] },
  { key: "PL-06", name: "Ensure appropriate resources (budget, people's time, environments)", phase: "planning", durationDays: 5, responsible: "PM", predecessors: ["PL-02", "PL-04"] },
  { key: "PL-07", name: "Create the communication plan", phase: "planning", durationDays: 4, responsible: "PM", predecessors: ["PL-04"] },
  { key: "PL-08", name: "Launch the CRM project website on the company intranet", phase: "planning", durationDays: 3, responsible: "IT", predecessors: ["PL-07"] },
  { key: "PL-09", name: "Current-state assessment: as-is processes, systems, data, pain points", phase: "planning", durationDays: 10, responsible: "BA", predecessors: ["PL-02"] },
  { key: "PL-10", name: "Culture and change-readiness assessment; sponsor roadmap", phase: "planning", durationDays: 5, responsible: "PM", predecessors: ["PL-04"] },
  { key: "PL-11", name: "Design the software infrastructure: deployment, environments, security, channels, ERP links", phase: "planning", durationDays: 5, responsible: "IT", predecessors: ["PL-09"] },
  { key: "PL-12", name: "Select implementing agents / vendors: RFP, scripted demos, scoring, contract", phase: "planning", durationDays: 15, responsible: "PM", predecessors: ["PL-09", "PL-11"], notes: "Three vendors shortlisted; Northwind Consulting selected on scripted demos and references." },
  { key: "PL-13", name: "Project planning: schedule, milestones, gates, RAID log, change control", phase: "planning", durationDays: 5, responsible: "PM", predecessors: ["PL-06", "PL-12"] },
  { key: "PL-14", name: "Gate: planning sign-off and kickoff", phase: "planning", durationDays: 0, responsible: "PM", predecessors: ["PL-08", "PL-10", "PL-13"], notes: "Deliverable: signed charter." },
];

const foundation: SeedTask[] = [
  { key: "FD-01", name: "Collect end-users' expectations (workshops, interviews, job shadowing)", phase: "foundation", durationDays: 10, responsible: "BA", predecessors: ["PL-14"], notes: "Deliverable: prioritised backlog (MoSCoW), personas, user stories." },
  { key: "FD-02", name: "Future-state process design per channel", phase: "foundation", durationDays: 10, responsible: "BA", predecessors: ["FD-01"], notes: "To-be maps: lead→deal, campaign, case/complaint, routing." },
  { key: "FD-03", name: "Design full capture of interactions (mandatory fields, duplicate rules)", phase: "foundation", durationDays: 5, responsible: "BA", predecessors: ["FD-02"] },
  { key: "FD-04", name: "Fit-gap analysis and solution blueprint (design review)", phase: "foundation", durationDays: 5, responsible: "CC", predecessors: ["FD-02"], notes: "Deliverable: signed blueprint and decisions log." },
  { key: "FD-05", name: "Technical design: data model, integrations, security roles, environments", phase: "foundation", durationDays: 10, responsible: "VN", predecessors: ["FD-04"] },
  { key: "FD-06", name: "Data migration strategy and data-quality assessment", phase: "foundation", durationDays: 10, responsible: "DS", predecessors: ["FD-04"] },
  { key: "FD-B", name: "Build & integrate", phase: "foundation", durationDays: 0, responsible: null, predecessors: [], summary: true },
  { key: "FD-07", name: "Iterative configuration/build in work packages (sprints with demos)", phase: "foundation", durationDays: 20, responsible: "VN", predecessors: ["FD-05"], parent: "FD-B", notes: "Two 2-week sprints, each closed by a demo to the champions." },
  { key: "FD-08", name: "Build and monitor integrations (ERP, email, telephony, web forms)", phase: "foundation", durationDays: 15, responsible: "VN", predecessors: ["FD-05"], parent: "FD-B" },
  { key: "FD-09", name: "Control each work package's results against the technical instructions", phase: "foundation", durationDays: 3, responsible: "CC", predecessors: ["FD-07"], parent: "FD-B", notes: "Deliverable: work-package acceptance record and defect list." },
  { key: "FD-10", name: "Customer orientation: align service standards, policies and incentives", phase: "foundation", durationDays: 15, responsible: "SvL", predecessors: ["FD-02"] },
  { key: "FD-11", name: "Training strategy and materials; train champions before UAT", phase: "foundation", durationDays: 10, responsible: "CH", predecessors: ["FD-04", "FD-07"] },
  { key: "FD-12", name: "Test strategy; system integration test (SIT)", phase: "foundation", durationDays: 10, responsible: "CC", predecessors: ["FD-07", "FD-08"] },
  { key: "FD-13", name: "Mock data migrations (at least 2) with reconciliation and timing", phase: "foundation", durationDays: 10, responsible: "IT", predecessors: ["FD-06", "FD-07"] },
  { key: "FD-14", name: "Support-model design: L1/L2/L3 tiers, SLAs, escalation, help desk", phase: "foundation", durationDays: 5, responsible: "IT", predecessors: ["FD-04"] },
  { key: "FD-15", name: "Gate: design/build acceptance", phase: "foundation", durationDays: 0, responsible: "PM", predecessors: ["FD-09", "FD-12", "FD-13"] },
];

const rollout: SeedTask[] = [
  { key: "RO-01", name: "User acceptance test with migrated data and real security roles", phase: "rollout", durationDays: 10, responsible: "CH", predecessors: ["FD-15"], notes: "Deliverable: UAT sign-off; each open defect has an owner and a date." },
  { key: "RO-02", name: "Performance and volume test", phase: "rollout", durationDays: 5, responsible: "VN", predecessors: ["FD-12"] },
  { key: "RO-03", name: "Cutover plan and mock cutover (dress rehearsal), with rollback plan", phase: "rollout", durationDays: 5, responsible: "IT", predecessors: ["RO-01", "FD-13"] },
  { key: "RO-04", name: "End-user training delivery; accounts and roles issued", phase: "rollout", durationDays: 10, responsible: "CH", predecessors: ["FD-11", "RO-01"] },
  { key: "RO-05", name: "Channel activation readiness: web forms, email, telephony, help desk", phase: "rollout", durationDays: 5, responsible: "IT", predecessors: ["RO-01"] },
  { key: "RO-G", name: "Go-live", phase: "rollout", durationDays: 0, responsible: null, predecessors: [], summary: true },
  { key: "RO-06", name: "Go/no-go decision", phase: "rollout", durationDays: 0, responsible: "PM", predecessors: ["RO-01", "RO-02", "RO-03", "RO-04", "RO-05"], parent: "RO-G", notes: "Criterion: no open blocker defects; at most 5 open major defects, each with a workaround." },
  { key: "RO-07", name: "Final data migration and cutover", phase: "rollout", durationDays: 2, responsible: "IT", predecessors: ["RO-06"], parent: "RO-G", notes: "Two-day cutover window; the legacy system is read-only from 18:00 the evening before." },
  { key: "RO-08", name: "Go-live and announcement", phase: "rollout", durationDays: 0, responsible: "PM", predecessors: ["RO-07"], parent: "RO-G" },
  { key: "RO-09", name: "Hypercare: elevated support, daily triage, floor-walkers", phase: "rollout", durationDays: 20, responsible: "VN", predecessors: ["RO-08"] },
  { key: "RO-10", name: "Transition to business-as-usual support", phase: "rollout", durationDays: 5, responsible: "IT", predecessors: ["RO-09"] },
  { key: "RO-11", name: "Archive or decommission the legacy system", phase: "rollout", durationDays: 20, responsible: "DS", predecessors: ["RO-09"] },
  { key: "RO-12", name: "Measure adoption at 30/60/90 days; reinforce", phase: "rollout", durationDays: 60, responsible: "PM", predecessors: ["RO-08"], notes: "Checkpoints at day 30, 60 and 90 after go-live; planned as 60 working days." },
  { key: "RO-13", name: "Exploitation: update the marketing programme from captured knowledge", phase: "rollout", durationDays: 20, responsible: "ML", predecessors: ["RO-12"] },
  { key: "RO-14", name: "Post-implementation review: benefits vs baseline, lessons learned", phase: "rollout", durationDays: 10, responsible: "PM", predecessors: ["RO-12"], notes: "Deliverable: benefits report and phase-2 roadmap." },
];

const scope = { builtin: "scope" } as const;
const roles = { builtin: "roles" } as const;
const goals = { builtin: "goals" } as const;
const resources = { builtin: "resources" } as const;
const expectations = { builtin: "expectations" } as const;
const migration = { custom: DATA_MIGRATION } as const;
const goLive = { custom: GO_LIVE } as const;

const checklist: SeedChecklistItem[] = [
  // Planning: scope, roles, goals, resources (from the PL tasks).
  { phase: "planning", category: goals, text: "Objectives are SMART and each one has a KPI", owner: "PM", dueWith: "PL-01" },
  { phase: "planning", category: goals, text: "KPI baselines recorded: active users, lead response time, CSAT, duplicates", owner: "BA", dueWith: "PL-01", note: "Baselines taken from the last full quarter." },
  { phase: "planning", category: scope, text: "Scope statement with in/out list signed by sponsor", owner: "PM", dueWith: "PL-02" },
  { phase: "planning", category: scope, text: "Processes, channels, units and user counts listed per release", owner: "BA", dueWith: "PL-02" },
  { phase: "planning", category: scope, text: "Customer segments defined, including latent customers", owner: "ML", dueWith: "PL-03" },
  { phase: "planning", category: roles, text: "RACI with exactly one Accountable per task", owner: "PM", dueWith: "PL-04" },
  { phase: "planning", category: roles, text: "Steering committee terms of reference and decision rights agreed", owner: "SP", dueWith: "PL-04", note: "Steering committee meets every second Thursday." },
  { phase: "planning", category: roles, text: "Key users and champions named per department; backfill agreed", owner: "PM", dueWith: "PL-05" },
  { phase: "planning", category: resources, text: "Budget includes data cleansing, training and 10–20% contingency", owner: "SP", dueWith: "PL-06", note: "Contingency set at 15 %." },
  { phase: "planning", category: resources, text: "Champions' time (about 20 % of their week during rollout) approved by line managers", owner: "PM", dueWith: "PL-06" },
  { phase: "planning", category: goals, text: "Sponsor roadmap and change-impact assessment shared with the steering committee", owner: "SP", dueWith: "PL-10" },
  { phase: "planning", category: resources, text: "Sandbox and UAT environments requested", owner: "IT", dueWith: "PL-11" },
  { phase: "planning", category: resources, text: "Implementation partner contract and SOW signed", owner: "SP", dueWith: "PL-12" },

  // Foundation: end-user expectations (§3.1).
  { phase: "foundation", category: expectations, text: "Workshop plan covers every in-scope department and channel, with at least one champion per team", owner: "BA", dueWith: "FD-01", dueAt: "start" },
  { phase: "foundation", category: expectations, text: "A \"day in the life\" is observed for each persona", owner: "BA", dueWith: "FD-01", note: "Field sales, inside sales, marketer, service agent, store manager." },
  { phase: "foundation", category: expectations, text: "Pain points with today's tools are captured, with frequency and cost", owner: "CH", dueWith: "FD-01" },
  { phase: "foundation", category: expectations, text: "Reports and dashboards managers actually use are collected", owner: "SvL", dueWith: "FD-01", staysOpen: true, note: "Service team still to send its weekly backlog reports." },
  { phase: "foundation", category: expectations, text: "Mobile and offline needs, languages and date/number formats are recorded", owner: "SL", dueWith: "FD-01", staysOpen: true, note: "Offline needs of the northern field-sales region still to be confirmed." },
  { phase: "foundation", category: expectations, text: "Each requirement has a business owner and a MoSCoW priority, linked to an objective from PL-01", owner: "BA", dueWith: "FD-02" },
  { phase: "foundation", category: expectations, text: "Known limits of demos and proofs of concept are explained to users", owner: "CC", dueWith: "FD-04" },
  { phase: "foundation", category: expectations, text: "The backlog is played back to users and signed off; change-request procedure agreed", owner: "PM", dueWith: "FD-04" },

  // Foundation: data migration (§3.3).
  { phase: "foundation", category: migration, text: "Data steward is named; data owners are assigned per object", owner: "PM", dueWith: "FD-01" },
  { phase: "foundation", category: migration, text: "Inventory of sources: legacy contact database, spreadsheets, email contacts, ERP customer master, call logs", owner: "DS", dueWith: "FD-02", note: "Starts from the PL-09 data inventory." },
  { phase: "foundation", category: migration, text: "Migration scope decided: objects, years of history, open vs closed records, attachments", owner: "DS", dueWith: "FD-06" },
  { phase: "foundation", category: migration, text: "Field mapping and transformation rules documented; code lists mapped", owner: "CC", dueWith: "FD-06" },
  { phase: "foundation", category: migration, text: "Data profiled: completeness, duplicates, invalid emails and phones; cleansing effort estimated", owner: "DS", dueWith: "FD-06" },
  { phase: "foundation", category: migration, text: "De-duplication and match rules agreed (email + name, phone)", owner: "DS", dueWith: "FD-06" },
  { phase: "foundation", category: migration, text: "Load order respects dependencies (users → accounts → contacts → opportunities/cases → activities)", owner: "IT", dueWith: "FD-13", dueAt: "start" },
  { phase: "foundation", category: migration, text: "Test import on a sample, then at least 2 full mock runs timed against the cutover window", owner: "IT", dueWith: "FD-13" },
  { phase: "foundation", category: migration, text: "Reconciliation: record counts, control totals, spot checks by business users", owner: "DS", dueWith: "FD-13" },
  { phase: "foundation", category: migration, text: "Consent and opt-in/opt-out flags are migrated with their provenance", owner: "ML", dueWith: "FD-13" },

  // Rollout: go-live readiness (§3.2).
  { phase: "rollout", category: goLive, text: "SIT, performance and UAT are complete, with exit criteria met and signed", owner: "CC", dueWith: "RO-06" },
  { phase: "rollout", category: goLive, text: "The scope going live matches the agreed scope and is signed off by stakeholders", owner: "PM", dueWith: "RO-06" },
  { phase: "rollout", category: goLive, text: "Data migration rehearsed at least twice; it fits the cutover window; reconciliation signed off", owner: "DS", dueWith: "RO-03" },
  { phase: "rollout", category: goLive, text: "Cutover runbook, including rollback, rehearsed; owners named for every step", owner: "IT", dueWith: "RO-03" },
  { phase: "rollout", category: goLive, text: "External dependencies (ERP, telephony, email gateway, SMS provider) confirmed for the date", owner: "IT", dueWith: "RO-05" },
  { phase: "rollout", category: goLive, text: "Training complete; every user has an account with the correct (not admin) security role", owner: "CH", dueWith: "RO-04" },
  { phase: "rollout", category: goLive, text: "Support model live: help desk, L1/L2/L3 tiers, escalation, out-of-hours cover for go-live weekend", owner: "IT", dueWith: "RO-06" },
  { phase: "rollout", category: goLive, text: "Hypercare roster and exit criteria defined; monitoring and alerts on", owner: "VN", dueWith: "RO-06" },
  { phase: "rollout", category: goLive, text: "Communications sent (intranet site, email); the sponsor's message is ready", owner: "PM", dueWith: "RO-06" },
  { phase: "rollout", category: goLive, text: "Go-live date avoids month or quarter end, holidays and peak season", owner: "SP", dueWith: "RO-03", note: "Avoid the last week of the quarter and the spring sale." },
  { phase: "rollout", category: goLive, text: "Go/no-go meeting held with all key stakeholders; decision recorded", owner: "SP", dueWith: "RO-06" },

  // Rollout: training and adoption (§3.4), filed under the built-in categories they serve.
  { phase: "rollout", category: roles, text: "Champions and trainers are trained before UAT", owner: "CH", dueWith: "RO-01", dueAt: "start" },
  { phase: "rollout", category: resources, text: "Training environment has realistic data and is refreshed between sessions", owner: "IT", dueWith: "RO-04", dueAt: "start" },
  { phase: "rollout", category: expectations, text: "Quick-reference cards, in-app guidance and short videos ready for each role", owner: "CH", dueWith: "RO-04", dueAt: "start" },
  { phase: "rollout", category: goals, text: "Proficiency is checked after training, not just attendance", owner: "CH", dueWith: "RO-04" },
  { phase: "rollout", category: goals, text: "Adoption measured weekly for 90 days; rewards and corrective actions defined", owner: "PM", dueWith: "RO-08" },
  { phase: "rollout", category: roles, text: "High-risk user groups are identified and get extra coaching", owner: "SL", dueWith: "RO-09", note: "Start with the two regions that still work from spreadsheets." },
];

const goalsList: SeedGoal[] = [
  { name: "Active-user rate (weekly)", unit: "%", baseline: 45, target: 90, actual: null, dueWith: "RO-12", owner: "SL", notes: "Users with at least one create/update in the week ÷ licensed users. Baseline: legacy contact database." },
  { name: "Lead response time (median)", unit: "hours", baseline: 26, target: 4, actual: null, dueWith: "RO-14", owner: "SL", notes: "From web-form submission to first contact by a rep." },
  { name: "Customer satisfaction on case closure (CSAT)", unit: "%", baseline: 71, target: 80, actual: 73, dueWith: "RO-14", owner: "SvL", notes: "Share of 4–5 answers on the 1–5 post-case survey; latest monthly pulse measured on the current help desk." },
  { name: "Duplicate customer records", unit: "%", baseline: 9.5, target: 2, actual: 6.8, dueWith: "FD-13", owner: "DS", notes: "Duplicate candidates ÷ total records (email + name, phone). Actual after the first cleansing pass." },
  { name: "Mandatory-field completeness", unit: "%", baseline: 63, target: 95, actual: null, dueWith: "RO-07", owner: "DS", notes: "Phone, email, segment and owner filled on active accounts." },
  { name: "Win rate on qualified opportunities", unit: "%", baseline: 22, target: 26, actual: null, dueWith: "RO-14", owner: "SL", notes: "Compared at 90 days and 12 months after go-live." },
  { name: "Open blocker defects at go/no-go", unit: "defects", baseline: null, target: 0, actual: null, dueWith: "RO-06", owner: "PM", notes: "Go/no-go criterion (§4 project health)." },
];

const resourcesList: SeedResource[] = [
  { kind: "people", name: "Project manager", member: "PM", unit: "days", planned: 130, committed: 130, notes: "Full time until the end of hypercare." },
  { kind: "people", name: "Business analyst", member: "BA", unit: "days", planned: 60, committed: 55, notes: "" },
  { kind: "people", name: "Data steward", member: "DS", unit: "days", planned: 40, committed: 40, notes: "Includes cleansing before each mock run." },
  { kind: "people", name: "Champion time (inside sales)", member: "CH", unit: "days", planned: 25, committed: 15, notes: "About 20 % of a week during rollout; backfill still to be confirmed." },
  { kind: "budget", name: "CRM subscription, year 1", unit: "EUR", planned: 140400, committed: 140400, notes: "180 users × €65 per user and month." },
  { kind: "budget", name: "Implementation partner (fixed-price SOW)", unit: "EUR", planned: 210000, committed: 210000, notes: "Northwind Consulting; milestone billing." },
  { kind: "budget", name: "Data cleansing and migration", unit: "EUR", planned: 28000, committed: 12000, notes: "" },
  { kind: "budget", name: "Training and change management", unit: "EUR", planned: 35000, committed: 8000, notes: "" },
  { kind: "budget", name: "Contingency (15 %)", unit: "EUR", planned: 62000, committed: 0, notes: "Released by the steering committee only." },
  { kind: "tool", name: "CRM user licences", unit: "licences", planned: 180, committed: 180, notes: "Sales, marketing and service; 5 admin licences included." },
  { kind: "environment", name: "Sandbox environment", unit: "instances", planned: 1, committed: 1, notes: "" },
  { kind: "environment", name: "UAT environment with masked production data", unit: "instances", planned: 1, committed: 0, notes: "Requested in PL-11; needed before RO-01." },
];

const expectationsList: SeedExpectation[] = [
  { userGroup: "Field sales reps", statement: "See my accounts, open opportunities and next visits on my phone, also offline in stores with poor coverage.", priority: "must", source: "workshop", status: "accepted", taskKeys: ["FD-01", "FD-07"] },
  { userGroup: "Inside sales", statement: "New web leads reach a rep within 15 minutes, with the lead source visible.", priority: "must", source: "workshop", status: "in_progress", taskKeys: ["FD-02", "FD-07", "RO-05"] },
  { userGroup: "Sales managers", statement: "A weekly pipeline dashboard replaces the Monday spreadsheet.", priority: "must", source: "interview", status: "accepted", taskKeys: ["FD-02", "FD-07"] },
  { userGroup: "Service agents", statement: "When an email arrives, the customer's orders and past cases are on one screen.", priority: "must", source: "observation", status: "accepted", taskKeys: ["FD-03", "FD-08"] },
  { userGroup: "Service agents", statement: "Emails become cases with an automatic acknowledgement and an SLA clock.", priority: "should", source: "workshop", status: "in_progress", taskKeys: ["FD-02", "RO-05"] },
  { userGroup: "Marketing team", statement: "Build segments, including latent customers, and send campaigns that respect consent per channel.", priority: "should", source: "workshop", status: "new", taskKeys: ["FD-02", "FD-07"] },
  { userGroup: "Credit control", statement: "A customer's credit status from the ERP is shown read-only in the CRM.", priority: "should", source: "document", status: "accepted", taskKeys: ["FD-05", "FD-08"] },
  { userGroup: "Store managers", statement: "Log an in-store complaint on a tablet in under two minutes.", priority: "could", source: "survey", status: "new", taskKeys: ["FD-07"] },
  { userGroup: "Field sales reps", statement: "Calls from personal mobile phones are logged automatically.", priority: "wont", source: "interview", status: "rejected", taskKeys: ["FD-01"] },
];

export const demoProject: DemoProject = {
  project,
  members,
  customCategories: [DATA_MIGRATION, GO_LIVE],
  tasks: [...planning, ...foundation, ...rollout],
  checklist,
  goals: goalsList,
  resources: resourcesList,
  expectations: expectationsList,
  planningGate: { taskKey: "PL-14", signedOffBy: "SP", note: "Charter signed; proceed to foundation." },
};
