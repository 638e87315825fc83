// Template C of DOMAIN.md §7: service / contact-centre CRM, 12–20 weeks. Planning in weeks 1–3,
// foundation in weeks 4–14, rollout from week 15: UAT, agent training with a certification call,
// channel activation, a soft launch on one pilot queue, then all queues and hypercare.
import { buildTemplate, type TemplateSpec } from "./build";
import { budgetLines, peopleTime } from "./library";

export const spec: TemplateSpec = {
  key: "service-centre-crm",
  kind: "service-centre",
  name: { en: "Service / contact-centre CRM (12–20 weeks)", fa: "مدیریت ارتباط با مشتری برای خدمات و مرکز تماس (۱۲ تا ۲۰ هفته)" },
  description: {
    en:
      "Case management for a customer service or contact centre: case lifecycle, routing, queues and skills, escalation, " +
      "email-to-case and web-to-case, CTI screen-pop, IVR, call recording and a knowledge base, with help-desk SLAs on holiday calendars. " +
      "Performance testing at peak volume stays in scope. A soft launch on one pilot queue precedes go-live on all queues. " +
      "Durations are editable defaults.",
    fa:
      "مدیریت پرونده برای واحد خدمات مشتریان یا مرکز تماس: چرخهٔ عمر پرونده، مسیریابی، صف‌ها و مهارت‌ها، ارجاع، " +
      "تبدیل ایمیل و فرم وب به پرونده، نمایش خودکار پرونده با CTI، منوی IVR، ضبط مکالمه و پایگاه دانش، همراه با SLA میز خدمت بر پایهٔ تقویم تعطیلات. " +
      "آزمون کارایی در حجم اوج در دامنه می‌ماند. پیش از راه‌اندازی در همهٔ صف‌ها، راه‌اندازی آزمایشی روی یک صف انجام می‌شود. " +
      "مدت‌ها پیش‌فرض‌اند و قابل ویرایش.",
  },
  businessLead: "SvL",
  goLive: "RO-08",
  tasks: [
    { key: "PL-01", days: 3, notes: { en: "Targets for service level, FCR, CSAT and AHT.", fa: "اهداف سطح خدمت، FCR، CSAT و AHT." } },
    { key: "PL-02", days: 3, notes: { en: "Service catalogue, channels and service hours.", fa: "فهرست خدمات، کانال‌ها و ساعات ارائهٔ خدمت." } },
    { key: "PL-10", days: 2, after: ["PL-02"], notes: { en: "Includes a management briefing on the value of the help desk.", fa: "شامل جلسهٔ توجیهی مدیریت دربارهٔ ارزش میز خدمت." } },
    { key: "PL-11", days: 3, after: ["PL-02"], notes: { en: "Telephony/CTI and email-gateway constraints.", fa: "محدودیت‌های تلفن و CTI و درگاه ایمیل." } },
    { key: "PL-12", days: 5, notes: { en: "Contact-centre platform or implementation partner.", fa: "سکوی مرکز تماس یا شریک پیاده‌سازی." } },
    { key: "PL-14", days: 0, milestone: true, also: ["PL-12"] },

    { key: "FD-01", days: 10, notes: { en: "Shadowing of agents and supervisors.", fa: "همراهی و مشاهدهٔ کار کارشناسان و سرپرستان." } },
    { key: "FD-02", days: 10, notes: { en: "Case lifecycle, routing, queues and skills, escalation; email-to-case and web-to-case.", fa: "چرخهٔ عمر پرونده، مسیریابی، صف‌ها و مهارت‌ها، ارجاع؛ تبدیل ایمیل و فرم وب به پرونده." } },
    { key: "FD-03", days: 5, notes: { en: "Mandatory case fields and categorisation.", fa: "فیلدهای اجباری و دسته‌بندی پرونده." } },
    { key: "FD-05", days: 10, after: ["FD-02"], notes: { en: "CTI screen-pop, IVR, call recording, knowledge base.", fa: "نمایش خودکار پرونده با CTI، منوی IVR، ضبط مکالمه و پایگاه دانش." } },
    { key: "FD-07", days: 15, name: { en: "Configure case management: queues, routing, SLAs, email-to-case, web-to-case", fa: "پیکربندی مدیریت پرونده: صف‌ها، مسیریابی، SLA و تبدیل ایمیل و فرم وب به پرونده" } },
    { key: "FD-08", days: 15, name: { en: "Build and monitor integrations: CTI, IVR, call recording, email gateway", fa: "پیاده‌سازی یکپارچه‌سازی‌ها: CTI، منوی IVR، ضبط مکالمه و درگاه ایمیل" } },
    { key: "FD-11", days: 10, notes: { en: "Role-play scenarios for agents and supervisors.", fa: "سناریوهای ایفای نقش برای کارشناسان و سرپرستان." } },
    { key: "FD-12", days: 10, notes: { en: "Including peak-volume tests.", fa: "شامل آزمون‌های حجم اوج." } },
    { key: "FD-14", days: 5, after: ["FD-02"], notes: { en: "Help-desk SLAs with holiday calendars.", fa: "SLA میز خدمت بر پایهٔ تقویم تعطیلات." } },
    { key: "FD-15", days: 0, milestone: true, also: ["FD-14"] },

    { key: "RO-01", days: 5 },
    { key: "RO-04", days: 5, notes: { en: "Agent training plus a certification call.", fa: "آموزش کارشناسان همراه با یک تماس ارزیابی." } },
    { key: "RO-05", days: 5 },
    { key: "RO-06", days: 0, milestone: true },
    { key: "RO-P1", phase: "rollout", days: 5, role: "SvL", after: ["RO-06"], name: { en: "Soft launch on one pilot queue", fa: "راه‌اندازی آزمایشی روی یک صف" } },
    { key: "RO-08", days: 0, milestone: true, after: ["RO-P1"], name: { en: "Go-live on all queues and announcement", fa: "راه‌اندازی در همهٔ صف‌ها و اطلاع‌رسانی" } },
    { key: "RO-09", days: 10, notes: { en: "Floor-walkers and a daily huddle.", fa: "پشتیبانان حاضر در سالن و جلسهٔ کوتاه روزانه." } },
    { key: "RO-12", days: 60, notes: { en: "Daily KPI wallboard.", fa: "تابلوی روزانهٔ شاخص‌ها." } },
  ],
  checks: [
    "goals-smart", "goals-baseline", "goals-service-level", "scope-statement", "scope-service", "res-budget", "res-envs", "res-contract",
    "culture-mindset", "channels-helpdesk-briefing", "ch-tool-matrix",
    "exp-day-in-life", "exp-pain-points", "exp-reports", "exp-moscow", "exp-capture",
    "tr-objectives", "tr-environment", "tr-champions", "tr-roleplay", "cul-etiquette", "cul-calendars",
    "gl-scope", "gl-tests", "gl-external", "gl-training", "gl-support", "gl-hypercare", "gl-comms", "gl-timing", "gl-decision",
    "ad-timing", "ad-feedback", "ad-dashboards", "ad-high-risk",
    "ch-contact-centre", "ch-helpdesk", "ch-email", "ch-web", "ch-process-first",
  ],
  goals: ["service-level", "abandonment", "fcr", "aht", "csat-closure", "backlog-age", "sla"],
  resources: [
    ...peopleTime({ SP: 5, PM: 80, CC: 45, BA: 35, IT: 45, DS: 10, SvL: 35, CH: 25, VN: 65 }),
    ...budgetLines(),
    { kind: "tool", name: { en: "Agent and supervisor licences", fa: "مجوزهای کارشناسان و سرپرستان" }, unit: { en: "licences", fa: "مجوز" }, planned: 80 },
    { kind: "tool", name: { en: "Telephony/CTI connector", fa: "رابط تلفن و CTI" }, unit: { en: "licences", fa: "مجوز" }, planned: 1 },
    { kind: "environment", name: { en: "Sandbox", fa: "محیط آزمایشی" }, unit: { en: "instances", fa: "نمونه" }, planned: 1 },
    { kind: "environment", name: { en: "Test environment with telephony", fa: "محیط آزمون متصل به تلفن" }, unit: { en: "instances", fa: "نمونه" }, planned: 1 },
  ],
};

export const en = buildTemplate(spec, "en");
export const fa = buildTemplate(spec, "fa");
