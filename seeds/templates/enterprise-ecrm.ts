// Template B of DOMAIN.md §7: enterprise multi-channel E-CRM. 6–9 months, several units, ERP/SCM
// integration; a full RFP, per-channel process design, four sprints, three mock migrations, and a
// rollout in waves (wave 1 = the pilot unit, then the remaining units), as Gartner's "small piloted
// steps" advise. The last wave's hypercare ends in month 9.
import { buildTemplate, type TaskSpec, type TemplateSpec } from "./build";
import { budgetLines, peopleTime, type Bi, type RoleKey } from "./library";

const FA_DIGITS = ["۰", "۱", "۲", "۳", "۴", "۵", "۶", "۷", "۸", "۹"];
const faNum = (n: number) => String(n).replace(/\d/g, (d) => FA_DIGITS[Number(d)]);

const channel = (code: string, en: string, fa: string): TaskSpec => ({
  key: `FD-02.${code}`,
  parent: "FD-02",
  days: 10,
  name: { en: `Process design for the ${en} channel`, fa: `طراحی فرایند کانال ${fa}` },
});
const sprint = (n: number, en: string, fa: string): TaskSpec => ({
  key: `FD-07.${n}`,
  parent: "FD-07",
  days: 10,
  name: { en: `Sprint ${n}: ${en}`, fa: `اسپرینت ${faNum(n)}: ${fa}` },
  ...(n > 1 ? { after: [`FD-07.${n - 1}`] } : {}),
});
const control = (n: number): TaskSpec => ({
  key: `FD-09.${n}`,
  parent: "FD-09",
  days: 2,
  name: { en: `Work-package control after sprint ${n}`, fa: `کنترل نتایج بستهٔ کاری پس از اسپرینت ${faNum(n)}` },
  after: [`FD-07.${n}`],
});
const mock = (n: number, extra: string[]): TaskSpec => ({
  key: `FD-13.${n}`,
  parent: "FD-13",
  days: 5,
  name: { en: `Mock migration ${n} with reconciliation and timing`, fa: `اجرای آزمایشی شمارهٔ ${faNum(n)} مهاجرت داده، با تطبیق و زمان‌سنجی` },
  after: extra,
});
const integration = (code: string, days: number, name: Bi): TaskSpec => ({ key: `FD-08.${code}`, parent: "FD-08", days, name });
const wave2 = (code: string, days: number, role: RoleKey, name: Bi, after: string[], milestone = false): TaskSpec => ({
  key: `RO-W2.${code}`,
  parent: "RO-W2",
  days,
  role,
  name,
  after,
  ...(milestone ? { milestone: true } : {}),
});
const w1 = (t: TaskSpec): TaskSpec => ({ ...t, parent: "RO-W1" });

export const spec: TemplateSpec = {
  key: "enterprise-ecrm",
  kind: "enterprise-ecrm",
  name: { en: "Enterprise multi-channel E-CRM (6–9 months)", fa: "مدیریت الکترونیکی ارتباط با مشتری (E-CRM) چندکاناله در سازمان‌های بزرگ (۶ تا ۹ ماه)" },
  description: {
    en:
      "Several business units, channels (web, email, contact centre, portal, SMS) and ERP/SCM integration. " +
      "Planning with a full RFP and a segment model including latent customers; foundation with per-channel process design, " +
      "four two-week sprints, integrations and three mock migrations; rollout in waves, the pilot unit first. " +
      "Gates: planning sign-off, blueprint sign-off, go/no-go per wave. The last wave's hypercare ends in month 9; adoption, " +
      "exploitation and the review run on after it. Durations are editable defaults.",
    fa:
      "چند واحد کسب‌وکار، چند کانال (وب، ایمیل، مرکز تماس، درگاه مشتریان، SMS) و یکپارچگی با ERP و SCM. " +
      "برنامه‌ریزی با فراخوان کامل RFP و الگوی بخش‌بندی مشتریان، از جمله مشتریان نهفته؛ پایه‌ریزی با طراحی فرایند هر کانال، " +
      "چهار اسپرینت دوهفته‌ای، یکپارچه‌سازی‌ها و سه اجرای آزمایشی مهاجرت داده؛ استقرار در چند موج، نخست در واحد آزمایشی. " +
      "دروازه‌ها: تأیید پایان برنامه‌ریزی، تأیید نقشهٔ راه‌حل و تصمیم اجرا یا توقف برای هر موج. پشتیبانی ویژهٔ آخرین موج در ماه نهم تمام می‌شود و " +
      "سنجش پذیرش، بهره‌برداری و بازنگری پس از آن ادامه دارد. مدت‌ها پیش‌فرض‌اند و قابل ویرایش.",
  },
  businessLead: "ML",
  goLive: "RO-08",
  tasks: [
    { key: "PL-01", days: 5 },
    { key: "PL-02", days: 5 },
    { key: "PL-03", days: 10, notes: { en: "Segment model including latent customers; strategy map for loyalty and satisfaction (E-CRM stage 1).", fa: "الگوی بخش‌بندی مشتریان، از جمله مشتریان نهفته؛ نقشهٔ راهبرد وفاداری و رضایت (مرحلهٔ اول E-CRM)." } },
    { key: "PL-04", days: 5 },
    { key: "PL-05", days: 10 },
    { key: "PL-06", days: 10 },
    { key: "PL-07", days: 5 },
    { key: "PL-08", days: 5 },
    { key: "PL-09", days: 10 },
    { key: "PL-10", days: 10, notes: { en: "Across all units; sponsor roadmap.", fa: "در همهٔ واحدها؛ همراه با نقشهٔ راه حامی." } },
    { key: "PL-11", days: 5, notes: { en: "CRM with ERP/SCM as the market-management layers; a single customer ID.", fa: "پیوند CRM با ERP و SCM به‌عنوان رده‌های مدیریت بازار؛ یک شناسهٔ واحد مشتری." } },
    { key: "PL-12", days: 30, notes: { en: "Full RFP, scripted demos, scoring, references, contract and SOW.", fa: "فراخوان کامل RFP، نمایش‌های سناریومحور، امتیازدهی، بررسی سوابق، قرارداد و SOW." } },
    { key: "PL-13", days: 5 },
    { key: "PL-14", days: 0, milestone: true },

    { key: "FD-01", days: 10, notes: { en: "Per business unit.", fa: "برای هر واحد کسب‌وکار." } },
    { key: "FD-02", days: 0, summary: true },
    channel("WEB", "web", "وب"),
    channel("EMAIL", "email", "ایمیل"),
    channel("CC", "contact-centre", "مرکز تماس"),
    channel("PORTAL", "self-service portal", "درگاه خودخدمت مشتریان"),
    channel("SMS", "SMS", "SMS"),
    { key: "FD-03", days: 10 },
    { key: "FD-04", days: 5, notes: { en: "Gate: blueprint sign-off at the end.", fa: "دروازه: تأیید نقشهٔ راه‌حل در پایان." } },
    { key: "FD-04G", days: 0, milestone: true, role: "PM", after: ["FD-04"], name: { en: "Gate: solution blueprint sign-off", fa: "دروازه: تأیید نقشهٔ راه‌حل" } },
    { key: "FD-05", days: 10, after: ["FD-04G"] },
    { key: "FD-06", days: 10, notes: { en: "With a data-governance board.", fa: "همراه با هیئت راهبری داده." } },
    { key: "FD-07", days: 0, summary: true },
    sprint(1, "accounts, contacts and segments", "حساب‌ها، مخاطبان و بخش‌های مشتریان"),
    sprint(2, "campaigns and consent per channel", "کارزارها و رضایت هر کانال"),
    sprint(3, "cases, routing and the portal", "پرونده‌ها، مسیریابی و درگاه مشتریان"),
    sprint(4, "dashboards, mobile and cross-channel history", "داشبوردها، تلفن همراه و سابقهٔ میان‌کانالی"),
    { key: "FD-08", days: 0, summary: true },
    integration("ERP", 35, { en: "Integration with ERP/SCM (customer master, orders, credit status)", fa: "یکپارچه‌سازی با ERP و SCM (اطلاعات پایهٔ مشتری، سفارش‌ها، وضعیت اعتبار)" }),
    integration("TEL", 25, { en: "Telephony/CTI integration for the contact centre", fa: "یکپارچه‌سازی تلفن و CTI برای مرکز تماس" }),
    integration("MA", 20, { en: "Marketing-automation integration (email and SMS campaigns)", fa: "یکپارچه‌سازی خودکارسازی بازاریابی (کارزارهای ایمیل و SMS)" }),
    { key: "FD-09", days: 0, summary: true, after: [] },
    control(1),
    control(2),
    control(3),
    control(4),
    { key: "FD-10", days: 20, notes: { en: "Customer-orientation programme across units; continues after go-live.", fa: "برنامهٔ مشتری‌گرایی در همهٔ واحدها؛ پس از راه‌اندازی هم ادامه دارد." } },
    { key: "FD-11", days: 15, notes: { en: "Train-the-trainer.", fa: "آموزش مربیان." } },
    { key: "FD-12", days: 10, notes: { en: "SIT plus performance tests.", fa: "آزمون SIT همراه با آزمون‌های کارایی." } },
    { key: "FD-13", days: 0, summary: true, after: [] },
    mock(1, ["FD-06", "FD-07.2"]),
    mock(2, ["FD-13.1", "FD-07.3"]),
    mock(3, ["FD-13.2", "FD-07.4"]),
    { key: "FD-14", days: 10 },
    { key: "FD-15", days: 0, milestone: true },

    { key: "RO-W1", days: 0, summary: true, name: { en: "Wave 1 (pilot unit)", fa: "موج اول (واحد آزمایشی)" } },
    w1({ key: "RO-01", days: 10 }),
    w1({ key: "RO-02", days: 5 }),
    w1({ key: "RO-03", days: 5 }),
    w1({ key: "RO-04", days: 5 }),
    w1({ key: "RO-05", days: 5 }),
    w1({ key: "RO-06", days: 0, milestone: true }),
    w1({ key: "RO-07", days: 2 }),
    w1({ key: "RO-08", days: 0, milestone: true, name: { en: "Go-live of wave 1 and announcement", fa: "راه‌اندازی موج اول و اطلاع‌رسانی" } }),
    w1({ key: "RO-09", days: 20 }),
    { key: "RO-W2", days: 0, summary: true, name: { en: "Wave 2 (remaining units)", fa: "موج دوم (واحدهای باقی‌مانده)" } },
    wave2("01", 5, "VN", { en: "Wave 2: adapt configuration, data and roles for the remaining units", fa: "موج دوم: تطبیق پیکربندی، داده و نقش‌ها برای واحدهای باقی‌مانده" }, ["RO-08"]),
    wave2("04", 5, "CH", { en: "Wave 2: end-user training", fa: "موج دوم: آموزش کاربران نهایی" }, ["RO-W2.01"]),
    wave2("06", 0, "PM", { en: "Wave 2: go/no-go decision", fa: "موج دوم: تصمیم نهایی اجرا / توقف" }, ["RO-W2.04"], true),
    wave2("07", 2, "IT", { en: "Wave 2: final data migration and cutover", fa: "موج دوم: مهاجرت نهایی داده و گذار" }, ["RO-W2.06"]),
    wave2("08", 0, "PM", { en: "Wave 2: go-live", fa: "موج دوم: راه‌اندازی" }, ["RO-W2.07"], true),
    wave2("09", 20, "VN", { en: "Wave 2: hypercare", fa: "موج دوم: پشتیبانی ویژهٔ پس از راه‌اندازی" }, ["RO-W2.08"]),
    { key: "RO-10", days: 5, after: ["RO-09", "RO-W2.09"] },
    { key: "RO-11", days: 15, after: ["RO-W2.09"], notes: { en: "After the last wave.", fa: "پس از آخرین موج." } },
    { key: "RO-12", days: 60, notes: { en: "Adoption per unit at 30/60/90 days after each wave.", fa: "پذیرش هر واحد در روزهای ۳۰، ۶۰ و ۹۰ پس از هر موج." } },
    { key: "RO-13", days: 20, after: [{ task: "RO-12", type: "SS", lag: 40 }], notes: { en: "From about day 60: the exploitation cycle feeds the marketing plan.", fa: "از حدود روز ۶۰: چرخهٔ بهره‌برداری برنامهٔ بازاریابی را تغذیه می‌کند." } },
    { key: "RO-14", days: 5, notes: { en: "At 90 days after wave 1; repeat 90 days after each later wave.", fa: "۹۰ روز پس از موج اول؛ ۹۰ روز پس از هر موج بعدی تکرار شود." } },
  ],
  checks: [
    "goals-smart", "goals-baseline", "goals-roadmap", "scope-statement", "scope-releases", "scope-segments", "scope-layers",
    "roles-raci", "roles-steering", "roles-keyusers", "res-budget", "res-champions", "res-envs", "res-contract",
    "culture-assess", "culture-mindset", "ch-tool-matrix",
    "exp-workshops", "exp-day-in-life", "exp-pain-points", "exp-reports", "exp-mobile", "exp-moscow", "exp-demo-limits", "exp-playback", "exp-capture",
    "mig-sources", "mig-scope", "mig-mapping", "mig-owners", "mig-profile", "mig-dedup", "mig-load-order", "mig-mock-runs", "mig-reconcile", "mig-consent",
    "tr-objectives", "tr-curriculum", "tr-environment", "tr-champions", "tr-quickref",
    "cul-habits", "cul-etiquette", "cul-translation", "cul-legal", "cul-consent", "cul-sensitivities", "cul-locale", "cul-calendars",
    "gl-scope", "gl-tests", "gl-migration", "gl-runbook", "gl-external", "gl-training", "gl-support", "gl-hypercare", "gl-comms", "gl-timing", "gl-decision", "mig-freeze",
    "ad-timing", "ad-feedback", "ad-dashboards", "ad-measure", "ad-high-risk",
    "ch-web", "ch-email", "ch-contact-centre", "ch-helpdesk", "ch-chat", "ch-cross", "ch-process-first",
  ],
  goals: ["active-users", "completeness", "duplicates", "csat", "nps", "retention", "response-time"],
  resources: [
    ...peopleTime({ SP: 20, PM: 185, CC: 120, BA: 110, IT: 100, DS: 80, SL: 25, ML: 40, SvL: 30, CH: 60, VN: 260 }),
    ...budgetLines(),
    { kind: "budget", name: { en: "Integration middleware (ERP/SCM, telephony)", fa: "میان‌افزار یکپارچه‌سازی (ERP و SCM، تلفن)" }, unit: { en: "currency", fa: "واحد پول" }, planned: 0 },
    { kind: "tool", name: { en: "CRM user licences", fa: "مجوزهای کاربری CRM" }, unit: { en: "licences", fa: "مجوز" }, planned: 500 },
    { kind: "environment", name: { en: "Development sandbox", fa: "محیط آزمایشی توسعه" }, unit: { en: "instances", fa: "نمونه" }, planned: 1 },
    { kind: "environment", name: { en: "Test/UAT environment with masked production data", fa: "محیط آزمون و UAT با دادهٔ عملیاتی پوشانده‌شده" }, unit: { en: "instances", fa: "نمونه" }, planned: 1 },
    { kind: "environment", name: { en: "Training environment", fa: "محیط آموزش" }, unit: { en: "instances", fa: "نمونه" }, planned: 1 },
  ],
};

export const en = buildTemplate(spec, "en");
export const fa = buildTemplate(spec, "fa");
