// Template A of DOMAIN.md §7: SMB sales CRM, SaaS. 8–12 weeks, up to 50 users, 0–1 integrations.
// Durations are §2's mid-size values scaled down about 40% (§2: "scale them down for SMB"): go-live
// in week 10, hypercare to the end of week 12; adoption checkpoints run on to about day 90.
import { buildTemplate, type TemplateSpec } from "./build";
import { budgetLines, peopleTime } from "./library";

const sprint = (n: number, en: string, fa: string) => ({
  key: `FD-07.${n}`,
  parent: "FD-07",
  days: 5,
  name: { en: `Sprint ${n}: ${en}`, fa: `اسپرینت ${["۱", "۲", "۳"][n - 1]}: ${fa}` },
  ...(n > 1 ? { after: [`FD-07.${n - 1}`] } : {}),
  notes: { en: "One week, closed by a demo to the champions.", fa: "یک هفته، با نمایش به پیشگامان در پایان." },
});
const control = (n: number) => ({
  key: `FD-09.${n}`,
  parent: "FD-09",
  days: 1,
  name: { en: `Work-package control after sprint ${n}`, fa: `کنترل نتایج بستهٔ کاری پس از اسپرینت ${["۱", "۲", "۳"][n - 1]}` },
  after: [`FD-07.${n}`],
});

export const spec: TemplateSpec = {
  key: "smb-sales-crm",
  kind: "smb-sales",
  name: { en: "SMB sales CRM (SaaS, 8–12 weeks)", fa: "مدیریت ارتباط با مشتری فروش برای کسب‌وکارهای کوچک و متوسط (نرم‌افزار ابری، ۸ تا ۱۲ هفته)" },
  description: {
    en:
      "A SaaS sales CRM for up to 50 users with at most one integration: pipeline, contacts, activities and email/calendar sync. " +
      "Two weeks of planning, six of foundation in three one-week sprints, go-live in week 10 and two weeks of hypercare; " +
      "adoption checkpoints at day 30 and 60 and a review at about day 90. Durations are editable defaults.",
    fa:
      "سامانهٔ ابری مدیریت ارتباط با مشتری برای فروش، برای حداکثر ۵۰ کاربر و دست‌بالا یک یکپارچه‌سازی: قیف فروش، مخاطبان، فعالیت‌ها و هماهنگی ایمیل و تقویم. " +
      "دو هفته برنامه‌ریزی، شش هفته پایه‌ریزی در سه اسپرینت یک‌هفته‌ای، راه‌اندازی در هفتهٔ دهم و دو هفته پشتیبانی ویژه؛ " +
      "سنجش پذیرش در روز ۳۰ و ۶۰ و بازنگری در حدود روز ۹۰. مدت‌ها پیش‌فرض‌اند و قابل ویرایش.",
  },
  businessLead: "SL",
  goLive: "RO-08",
  tasks: [
    { key: "PL-01", days: 3 },
    { key: "PL-02", days: 3, notes: { en: "Pipeline, contacts, activities, email and calendar sync.", fa: "قیف فروش، مخاطبان، فعالیت‌ها و هماهنگی ایمیل و تقویم." } },
    { key: "PL-04", days: 1, notes: { en: "One workshop, together with the selection of people.", fa: "یک کارگاه، همراه با انتخاب افراد." } },
    { key: "PL-05", days: 1, after: [{ task: "PL-04", type: "SS" }] },
    { key: "PL-06", days: 2 },
    { key: "PL-07", days: 1 },
    { key: "PL-08", days: 1, notes: { en: "A simple intranet or shared page is enough.", fa: "یک صفحهٔ سادهٔ اینترانت یا صفحهٔ اشتراکی کافی است." } },
    { key: "PL-12", days: 3, after: ["PL-02"], notes: { en: "Lightweight: the vendor is often preselected; confirm the edition and the partner.", fa: "سبک: فروشنده اغلب از پیش انتخاب شده است؛ نسخه و شریک پیاده‌سازی را تأیید کنید." } },
    { key: "PL-13", days: 2 },
    { key: "PL-14", days: 0, milestone: true },

    { key: "FD-01", days: 5, notes: { en: "Two or three workshops with the reps and the sales lead.", fa: "دو یا سه کارگاه با کارشناسان فروش و مسئول فروش." } },
    { key: "FD-02", days: 5, notes: { en: "Sales stages and exit criteria; lead sources; segments, including latent customers.", fa: "مراحل فروش و معیارهای خروج از هر مرحله؛ منابع سرنخ؛ بخش‌های مشتریان، از جمله مشتریان نهفته." } },
    { key: "FD-06", days: 3, after: ["FD-02"], notes: { en: "Spreadsheet and legacy import plan with de-duplication.", fa: "برنامهٔ ورود داده از صفحه‌گسترده‌ها و سامانهٔ قبلی، همراه با حذف تکراری‌ها." } },
    { key: "FD-07", days: 0, summary: true, after: ["FD-02"] },
    sprint(1, "pipeline, contacts and activities", "قیف فروش، مخاطبان و فعالیت‌ها"),
    sprint(2, "dashboards and email templates", "داشبوردها و قالب‌های ایمیل"),
    sprint(3, "mobile app and email/calendar sync", "برنامهٔ تلفن همراه و هماهنگی ایمیل و تقویم"),
    { key: "FD-09", days: 0, summary: true, after: [] },
    control(1),
    control(2),
    control(3),
    { key: "FD-11", days: 3, notes: { en: "Quick-reference guides per role.", fa: "راهنمای سریع برای هر نقش." } },
    { key: "FD-13", days: 2, notes: { en: "Test import of the cleansed spreadsheets, with reconciliation.", fa: "ورود آزمایشی صفحه‌گسترده‌های پاک‌سازی‌شده، همراه با تطبیق." } },
    { key: "FD-15", days: 0, milestone: true },

    { key: "RO-01", days: 5, notes: { en: "One week of UAT with the champions.", fa: "یک هفته آزمون پذیرش با پیشگامان." } },
    { key: "RO-04", days: 2, notes: { en: "Half a day of training per team.", fa: "نیم روز آموزش برای هر تیم." } },
    { key: "RO-06", days: 0, milestone: true },
    { key: "RO-07", days: 1, notes: { en: "Final import from the spreadsheets and the legacy tool.", fa: "ورود نهایی داده از صفحه‌گسترده‌ها و ابزار قبلی." } },
    { key: "RO-08", days: 0, milestone: true },
    { key: "RO-09", days: 10 },
    { key: "RO-12", days: 42, notes: { en: "Checkpoints at day 30 and day 60 after go-live.", fa: "نقاط بررسی در روز ۳۰ و ۶۰ پس از راه‌اندازی." } },
    { key: "RO-14", days: 5, after: [{ task: "RO-12", lag: 18 }], notes: { en: "At about day 90 after go-live.", fa: "در حدود روز ۹۰ پس از راه‌اندازی." } },
  ],
  checks: [
    "goals-smart", "goals-baseline", "scope-statement", "scope-releases", "roles-raci", "roles-keyusers",
    "res-budget", "res-champions", "res-contract",
    "exp-workshops", "exp-day-in-life", "exp-pain-points", "exp-reports", "exp-mobile", "exp-moscow", "exp-playback",
    "mig-sources", "mig-owners", "mig-mapping", "mig-profile", "mig-dedup", "mig-load-order", "mig-mock-runs", "mig-reconcile", "mig-consent",
    "tr-champions", "tr-quickref", "cul-habits",
    "gl-scope", "gl-migration", "gl-training", "gl-support", "gl-hypercare", "gl-comms", "gl-timing", "gl-decision", "mig-freeze",
    "ad-timing", "ad-feedback", "ad-dashboards", "ad-measure", "ad-high-risk",
    "ch-web", "ch-email", "ch-process-first",
  ],
  goals: ["active-users", "opps-updated", "lead-response", "win-rate"],
  resources: [
    ...peopleTime({ SP: 5, PM: 40, CC: 20, BA: 15, IT: 8, DS: 8, SL: 10, ML: 4, CH: 15, VN: 30 }),
    ...budgetLines(),
    { kind: "tool", name: { en: "CRM user licences", fa: "مجوزهای کاربری CRM" }, unit: { en: "licences", fa: "مجوز" }, planned: 50 },
    { kind: "environment", name: { en: "Sandbox", fa: "محیط آزمایشی" }, unit: { en: "instances", fa: "نمونه" }, planned: 1 },
  ],
};

export const en = buildTemplate(spec, "en");
export const fa = buildTemplate(spec, "fa");
