// The shared vocabulary of the built-in templates: DOMAIN.md §2's task library (English and Persian
// names, R role, "Depends on"), the RACI roles, the §3 checklists and §4 KPIs, each text written once
// with both languages so the English and Persian templates cannot drift.
import type { PhaseKind, ResourceKind } from "../../server/domain/types";

/** A text in both template languages. */
export interface Bi {
  en: string;
  fa: string;
}

/** RACI role keys of DOMAIN.md §2; "BL" (any business lead) is resolved per template. */
export type RoleKey = "SP" | "PM" | "CC" | "BA" | "IT" | "DS" | "SL" | "ML" | "SvL" | "CH" | "VN";
export type RoleRef = RoleKey | "BL";

export const ROLES: { key: RoleKey; title: Bi }[] = [
  { key: "SP", title: { en: "Sponsor", fa: "حامی پروژه" } },
  { key: "PM", title: { en: "Project manager", fa: "مدیر پروژه" } },
  { key: "CC", title: { en: "CRM consultant", fa: "مشاور مدیریت ارتباط با مشتری" } },
  { key: "BA", title: { en: "Business analyst", fa: "تحلیلگر کسب‌وکار" } },
  { key: "IT", title: { en: "IT / infrastructure", fa: "فناوری اطلاعات و زیرساخت" } },
  { key: "DS", title: { en: "Data steward", fa: "متولی داده" } },
  { key: "SL", title: { en: "Sales lead", fa: "مسئول فروش" } },
  { key: "ML", title: { en: "Marketing lead", fa: "مسئول بازاریابی" } },
  { key: "SvL", title: { en: "Service lead", fa: "مسئول خدمات" } },
  { key: "CH", title: { en: "End-user champions (key users)", fa: "پیشگامان کاربران (کاربران کلیدی)" } },
  { key: "VN", title: { en: "Vendor / implementation partner", fa: "فروشنده / شریک پیاده‌سازی" } },
];

export interface LibraryTask {
  name: Bi;
  /** The first Responsible role of the A/R column. */
  r: RoleRef;
  /** "Depends on" column (finish-to-start). */
  deps: string[];
}

/** DOMAIN.md §2.1–§2.3; Persian names from its Persian column. */
export const TASKS: Record<string, LibraryTask> = {
  "PL-01": { r: "PM", deps: [], name: { en: "Define goals and measurable objectives; record KPI baselines", fa: "تعریف اهداف" } },
  "PL-02": { r: "PM", deps: ["PL-01"], name: { en: "Define the CRM project's scope (processes, channels, units, users, releases)", fa: "تعریف حدود و دامنهٔ پروژهٔ مدیریت ارتباط با مشتری" } },
  "PL-03": { r: "BA", deps: ["PL-01"], name: { en: "Clean up customer-group definitions, including latent customers; segment strategy map", fa: "پاک کردن تعاریف گروه‌های مشتریان (مشتریان نهفته)" } },
  "PL-04": { r: "PM", deps: ["PL-02"], name: { en: "Define the project organisation: members, roles, responsibilities", fa: "تعریف سازمان پروژه (اعضا، نقش‌ها، وظایف)" } },
  "PL-05": { r: "PM", deps: ["PL-04"], name: { en: "Select people in the various areas (key users, champions, data steward, admin)", fa: "انتخاب افراد در زمینه‌های مختلف" } },
  "PL-06": { r: "PM", deps: ["PL-02", "PL-04"], name: { en: "Ensure appropriate resources (budget, people's time, environments)", fa: "اطمینان یافتن از منابع مناسب" } },
  "PL-07": { r: "PM", deps: ["PL-04"], name: { en: "Create the communication plan", fa: "ایجاد برنامه‌های ارتباط" } },
  "PL-08": { r: "IT", deps: ["PL-07"], name: { en: "Launch the CRM project website on the company intranet", fa: "راه‌اندازی وب‌سایت پروژهٔ مدیریت ارتباط با مشتری بر روی اینترانت شرکت" } },
  "PL-09": { r: "BA", deps: ["PL-02"], name: { en: "Current-state assessment: as-is processes, systems, data, pain points", fa: "ارزیابی وضع موجود" } },
  "PL-10": { r: "PM", deps: ["PL-04"], name: { en: "Culture and change-readiness assessment; correct the management mindset", fa: "ارزیابی فرهنگ و آمادگی تغییر؛ تصحیح ایدهٔ مدیریت" } },
  "PL-11": { r: "IT", deps: ["PL-09"], name: { en: "Design the software infrastructure: deployment, environments, security, channels, ERP/SCM links (market-management layers)", fa: "طراحی زیربنای نرم‌افزاری؛ تکمیل رده‌های مدیریت بازار" } },
  "PL-12": { r: "PM", deps: ["PL-09", "PL-11"], name: { en: "Select implementing agents / vendors: RFP, scripted demos, scoring, references, contract", fa: "انتخاب عاملان اجرایی" } },
  "PL-13": { r: "PM", deps: ["PL-06", "PL-12"], name: { en: "Project planning: schedule, milestones, gates, RAID log, change control", fa: "برنامه‌ریزی پروژه" } },
  "PL-14": { r: "PM", deps: ["PL-08", "PL-10", "PL-13"], name: { en: "Gate: planning sign-off and kickoff", fa: "تأیید پایان مرحله و جلسهٔ آغاز" } },

  "FD-01": { r: "BA", deps: ["PL-14"], name: { en: "Collect end-users' expectations (workshops, interviews, job shadowing)", fa: "جمع‌آوری انتظارات کاربران نهایی" } },
  "FD-02": { r: "BA", deps: ["FD-01"], name: { en: "Future-state process design per channel (E-CRM interaction)", fa: "طراحی فرایندهای هر کانال (محاوره با مشتری)" } },
  "FD-03": { r: "BA", deps: ["FD-02"], name: { en: "Design full capture of interactions (E-CRM information processing)", fa: "ثبت کامل اطلاعات تعاملات (فرآیند اطلاعاتی)" } },
  "FD-04": { r: "CC", deps: ["FD-02"], name: { en: "Fit-gap analysis and solution blueprint (design review)", fa: "تحلیل انطباق و شکاف؛ نقشهٔ راه‌حل" } },
  "FD-05": { r: "VN", deps: ["FD-04"], name: { en: "Technical design: data model, integrations, security roles, environments", fa: "طراحی تکنیکی کار" } },
  "FD-06": { r: "DS", deps: ["FD-04"], name: { en: "Data migration strategy and data-quality assessment", fa: "راهبرد مهاجرت داده و ارزیابی کیفیت داده" } },
  "FD-07": { r: "VN", deps: ["FD-05"], name: { en: "Iterative configuration/build in work packages (sprints with demos)", fa: "پیکربندی و توسعه در قالب بسته‌های کاری" } },
  "FD-08": { r: "VN", deps: ["FD-05"], name: { en: "Build and monitor integrations", fa: "پیاده‌سازی یکپارچه‌سازی‌ها" } },
  "FD-09": { r: "CC", deps: ["FD-07"], name: { en: "Control each work package's results against the technical instructions", fa: "کنترل نتایج بسته کاری (دادن دستورات بر اساس جنبه‌های تکنیکی)" } },
  "FD-10": { r: "BL", deps: ["FD-02"], name: { en: "Customer orientation / CRM enhancement: service standards, policies, incentives, leadership messages", fa: "مشتری‌گرایی، ارتقای مدیریت ارتباط با مشتری" } },
  "FD-11": { r: "CH", deps: ["FD-04", "FD-07"], name: { en: "Training strategy and materials; train champions before UAT", fa: "راهبرد و محتوای آموزش" } },
  "FD-12": { r: "CC", deps: ["FD-07", "FD-08"], name: { en: "Test strategy; system integration test (SIT)", fa: "راهبرد آزمون و آزمون یکپارچگی سیستم" } },
  "FD-13": { r: "IT", deps: ["FD-06", "FD-07"], name: { en: "Mock data migrations with reconciliation and timing", fa: "اجرای آزمایشی مهاجرت داده" } },
  "FD-14": { r: "IT", deps: ["FD-04"], name: { en: "Support-model design: L1/L2/L3 tiers, SLAs, escalation, help-desk process", fa: "طراحی مدل پشتیبانی" } },
  "FD-15": { r: "PM", deps: ["FD-09", "FD-12", "FD-13"], name: { en: "Gate: design/build acceptance", fa: "تأیید پایان مرحلهٔ پایه‌ریزی" } },

  "RO-01": { r: "CH", deps: ["FD-15"], name: { en: "User acceptance test (UAT) with migrated data and real security roles", fa: "آزمون پذیرش کاربر" } },
  "RO-02": { r: "VN", deps: ["FD-12"], name: { en: "Performance and volume test", fa: "آزمون کارایی" } },
  "RO-03": { r: "IT", deps: ["RO-01", "FD-13"], name: { en: "Cutover plan and mock cutover (dress rehearsal), with rollback plan", fa: "برنامهٔ گذار و تمرین آن" } },
  "RO-04": { r: "CH", deps: ["FD-11", "RO-01"], name: { en: "End-user training delivery; accounts and roles issued", fa: "آموزش کاربران نهایی" } },
  "RO-05": { r: "IT", deps: ["RO-01"], name: { en: "Channel activation readiness: web forms, email, telephony/CTI, chat, help desk", fa: "آمادگی کانال‌های ارتباطی" } },
  "RO-06": { r: "PM", deps: ["RO-01", "RO-02", "RO-03", "RO-04", "RO-05"], name: { en: "Go/no-go decision", fa: "تصمیم نهایی اجرا / توقف" } },
  "RO-07": { r: "IT", deps: ["RO-06"], name: { en: "Final data migration and cutover", fa: "مهاجرت نهایی داده و گذار" } },
  "RO-08": { r: "PM", deps: ["RO-07"], name: { en: "Go-live and announcement", fa: "راه‌اندازی / شروع بهره‌برداری" } },
  "RO-09": { r: "VN", deps: ["RO-08"], name: { en: "Hypercare: elevated support, daily triage, floor-walkers, exit criteria", fa: "پشتیبانی ویژهٔ پس از راه‌اندازی" } },
  "RO-10": { r: "IT", deps: ["RO-09"], name: { en: "Transition to business-as-usual support", fa: "تحویل به پشتیبانی جاری" } },
  "RO-11": { r: "DS", deps: ["RO-09"], name: { en: "Archive or decommission the legacy system", fa: "بایگانی / ازکاراندازی سیستم قبلی" } },
  "RO-12": { r: "PM", deps: ["RO-08"], name: { en: "Measure adoption at 30/60/90 days; reinforce", fa: "سنجش پذیرش و تقویت تغییر" } },
  "RO-13": { r: "ML", deps: ["RO-12"], name: { en: "Exploitation: update the marketing programme from captured knowledge (E-CRM)", fa: "بهره‌برداری" } },
  "RO-14": { r: "PM", deps: ["RO-12"], name: { en: "Post-implementation review: benefits vs baseline, lessons learned, next-release backlog", fa: "بازنگری پس از اجرا" } },
};

/** Checklist categories: the built-in keys, or a custom category named in both languages. */
export type Category = "scope" | "roles" | "goals" | "resources" | "expectations" | "migration" | "golive" | "training" | "channels" | "culture";

export const CUSTOM_CATEGORIES: Record<Exclude<Category, "scope" | "roles" | "goals" | "resources" | "expectations">, Bi> = {
  migration: { en: "Data migration", fa: "مهاجرت داده" },
  golive: { en: "Go-live readiness", fa: "آمادگی راه‌اندازی" },
  training: { en: "Training and adoption", fa: "آموزش و پذیرش" },
  channels: { en: "Channels", fa: "کانال‌ها" },
  culture: { en: "Culture and localisation", fa: "فرهنگ و بومی‌سازی" },
};

export interface LibraryCheck {
  phase: PhaseKind;
  category: Category;
  owner: RoleRef;
  /** Due on the finish of this task, when the template has it. */
  due: string;
  text: Bi;
}

/** DOMAIN.md §3 (and the planning items of §2's deliverables), by id. */
export const CHECKS: Record<string, LibraryCheck> = {
  // Planning.
  "goals-smart": { phase: "planning", category: "goals", owner: "PM", due: "PL-01", text: { en: "Objectives are SMART and each one has a KPI", fa: "هر هدف مشخص، سنجش‌پذیر و زمان‌دار است و یک KPI دارد" } },
  "goals-baseline": { phase: "planning", category: "goals", owner: "BA", due: "PL-01", text: { en: "KPI baselines recorded before build", fa: "مقدار پایهٔ هر KPI پیش از ساخت ثبت شده است" } },
  "scope-statement": { phase: "planning", category: "scope", owner: "PM", due: "PL-02", text: { en: "Scope statement with in/out list signed by the sponsor", fa: "بیانیهٔ دامنه با فهرست موارد داخل و خارج از دامنه به امضای حامی پروژه رسیده است" } },
  "scope-releases": { phase: "planning", category: "scope", owner: "BA", due: "PL-02", text: { en: "Processes, channels, units and user counts listed per release", fa: "فرایندها، کانال‌ها، واحدها و تعداد کاربران برای هر نسخه فهرست شده است" } },
  "scope-segments": { phase: "planning", category: "scope", owner: "ML", due: "PL-03", text: { en: "Customer segments defined, including latent customers (interested but not yet buying)", fa: "بخش‌های مشتریان، از جمله مشتریان نهفته (علاقه‌مند اما هنوز بدون خرید)، تعریف شده است" } },
  "scope-layers": { phase: "planning", category: "scope", owner: "IT", due: "PL-11", text: { en: "CRM links to ERP/SCM (market-management layers) mapped; one customer ID agreed across systems", fa: "پیوندهای CRM با ERP و SCM (رده‌های مدیریت بازار) ترسیم و یک شناسهٔ واحد مشتری برای همهٔ سامانه‌ها توافق شده است" } },
  "scope-service": { phase: "planning", category: "scope", owner: "SvL", due: "PL-02", text: { en: "Service catalogue, channels and service hours listed", fa: "فهرست خدمات، کانال‌ها و ساعات ارائهٔ خدمت تهیه شده است" } },
  "roles-raci": { phase: "planning", category: "roles", owner: "PM", due: "PL-04", text: { en: "RACI with exactly one Accountable per task", fa: "ماتریس مسئولیت‌ها با دقیقاً یک پاسخ‌گو برای هر کار تهیه شده است" } },
  "roles-steering": { phase: "planning", category: "roles", owner: "SP", due: "PL-04", text: { en: "Steering committee terms of reference and decision rights agreed", fa: "شرح وظایف کمیتهٔ راهبری و اختیارات تصمیم‌گیری توافق شده است" } },
  "roles-keyusers": { phase: "planning", category: "roles", owner: "PM", due: "PL-05", text: { en: "Key users and champions named per department; backfill agreed", fa: "کاربران کلیدی و پیشگامان هر واحد معرفی شده‌اند و جایگزین کارهای روزمرهٔ آنان توافق شده است" } },
  "res-budget": { phase: "planning", category: "resources", owner: "SP", due: "PL-06", text: { en: "Budget includes data cleansing, training and 10–20% contingency", fa: "بودجه شامل پاک‌سازی داده، آموزش و ۱۰ تا ۲۰ درصد ذخیرهٔ احتیاطی است" } },
  "res-champions": { phase: "planning", category: "resources", owner: "PM", due: "PL-06", text: { en: "Champions' time (about 20% of their week during rollout) approved by line managers", fa: "زمان پیشگامان (حدود ۲۰ درصد هفتهٔ کاری در دورهٔ استقرار) به تأیید مدیران مستقیم رسیده است" } },
  "res-envs": { phase: "planning", category: "resources", owner: "IT", due: "PL-11", text: { en: "Sandbox, training and UAT environments requested", fa: "محیط‌های آزمایشی، آموزش و UAT درخواست شده است" } },
  "res-contract": { phase: "planning", category: "resources", owner: "SP", due: "PL-12", text: { en: "Implementation partner contract and SOW signed", fa: "قرارداد و SOW شریک پیاده‌سازی امضا شده است" } },
  "goals-roadmap": { phase: "planning", category: "goals", owner: "SP", due: "PL-10", text: { en: "Sponsor roadmap and change-impact assessment shared with the steering committee", fa: "نقشهٔ راه حامی و ارزیابی اثر تغییر با کمیتهٔ راهبری به اشتراک گذاشته شده است" } },
  "goals-service-level": { phase: "planning", category: "goals", owner: "SvL", due: "PL-01", text: { en: "Service-level target set deliberately (80/20 is a convention, not a standard); FCR, CSAT and AHT targets agreed", fa: "هدف سطح خدمت آگاهانه تعیین شده است (۸۰/۲۰ یک عرف است، نه استاندارد) و اهداف FCR، CSAT و AHT توافق شده است" } },
  "culture-assess": { phase: "planning", category: "culture", owner: "PM", due: "PL-10", text: { en: "Culture assessed before implementation: decision style, attitudes to sharing customer data, trust between units", fa: "فرهنگ سازمان پیش از پیاده‌سازی ارزیابی شده است: سبک تصمیم‌گیری، نگرش به اشتراک اطلاعات مشتری و اعتماد میان واحدها" } },
  "culture-mindset": { phase: "planning", category: "culture", owner: "SP", due: "PL-10", text: { en: "Management mindset addressed: customers are capital, and leadership drives the change", fa: "ایدهٔ مدیریت اصلاح شده است: مشتریان سرمایهٔ سازمان‌اند و رهبری، تغییر را پیش می‌برد" } },
  "ch-tool-matrix": { phase: "planning", category: "channels", owner: "CC", due: "PL-11", text: { en: "Candidate channels and tools scored on the four E-CRM parameters: user-interface closeness, cost of implementation and maintenance, level of personalisation, reach", fa: "کانال‌ها و ابزارهای پیشنهادی با چهار معیار ابزارهای E-CRM سنجیده شده‌اند: واسط کاربری، هزینه (پیاده‌سازی و نگهداری)، سطح شخصی‌سازی و دستیابی" } },
  "channels-helpdesk-briefing": { phase: "planning", category: "channels", owner: "SvL", due: "PL-10", text: { en: "Top management briefed on the value of the help desk (help desks stall when management doesn't understand them)", fa: "جلسهٔ توجیهی مدیریت ارشد دربارهٔ ارزش میز خدمت برگزار شده است (میز خدمتی که مدیریت ارزش آن را نداند، متوقف می‌شود)" } },

  // Foundation: end-user expectations (§3.1).
  "exp-workshops": { phase: "foundation", category: "expectations", owner: "BA", due: "FD-01", text: { en: "Workshop plan covers every in-scope department and channel, with at least one champion per team", fa: "برنامهٔ کارگاه‌ها همهٔ واحدها و کانال‌های داخل دامنه را پوشش می‌دهد و از هر تیم دست‌کم یک پیشگام حاضر است" } },
  "exp-day-in-life": { phase: "foundation", category: "expectations", owner: "BA", due: "FD-01", text: { en: "A \"day in the life\" is observed for each persona", fa: "برای هر پرسونا یک «روز کاری» از نزدیک مشاهده شده است" } },
  "exp-pain-points": { phase: "foundation", category: "expectations", owner: "CH", due: "FD-01", text: { en: "Pain points with today's tools (spreadsheets, email, paper) captured, with frequency and cost", fa: "مشکلات ابزارهای فعلی (صفحه‌گسترده، ایمیل، کاغذ) همراه با تکرار و هزینهٔ هر یک ثبت شده است" } },
  "exp-reports": { phase: "foundation", category: "expectations", owner: "BL", due: "FD-01", text: { en: "Reports and dashboards managers actually use are collected", fa: "گزارش‌ها و داشبوردهایی که مدیران واقعاً به کار می‌برند گردآوری شده است" } },
  "exp-mobile": { phase: "foundation", category: "expectations", owner: "BA", due: "FD-01", text: { en: "Mobile and offline needs, languages and date/number formats recorded", fa: "نیازهای تلفن همراه و کار برون‌خط، زبان‌ها و قالب‌های تاریخ و عدد ثبت شده است" } },
  "exp-moscow": { phase: "foundation", category: "expectations", owner: "BA", due: "FD-02", text: { en: "Each requirement has a business owner and a MoSCoW priority, linked to an objective", fa: "هر نیازمندی یک مالک کسب‌وکاری و اولویت MoSCoW دارد و به یکی از اهداف پروژه پیوند خورده است" } },
  "exp-demo-limits": { phase: "foundation", category: "expectations", owner: "CC", due: "FD-04", text: { en: "Known limits of demos and proofs of concept explained to users", fa: "محدودیت‌های نمایش‌ها و نمونه‌های اثبات مفهوم برای کاربران توضیح داده شده است" } },
  "exp-playback": { phase: "foundation", category: "expectations", owner: "PM", due: "FD-04", text: { en: "Backlog played back to users and signed off; change-request procedure agreed", fa: "فهرست نیازمندی‌ها به کاربران بازگو و تأیید شده و روال درخواست تغییر توافق شده است" } },
  "exp-capture": { phase: "foundation", category: "expectations", owner: "DS", due: "FD-03", text: { en: "Interaction model defined: mandatory fields, categorisation and duplicate rules, so every need and request is recorded", fa: "مدل تعاملات تعریف شده است: فیلدهای اجباری، دسته‌بندی و قواعد تکراری‌ها، تا همهٔ نیازها و درخواست‌ها کامل ثبت شود" } },

  // Foundation: data migration (§3.3).
  "mig-sources": { phase: "foundation", category: "migration", owner: "DS", due: "FD-06", text: { en: "Inventory of sources: legacy CRM, spreadsheets, email contacts, ERP customer master, call logs", fa: "فهرست منابع داده: سامانهٔ قبلی، صفحه‌گسترده‌ها، مخاطبان ایمیل، اطلاعات پایهٔ مشتری در ERP و سوابق تماس" } },
  "mig-scope": { phase: "foundation", category: "migration", owner: "DS", due: "FD-06", text: { en: "Migration scope decided: objects, years of history, open vs closed records, attachments", fa: "دامنهٔ مهاجرت تعیین شده است: موجودیت‌ها، چند سال سابقه، رکوردهای باز و بسته و پیوست‌ها" } },
  "mig-mapping": { phase: "foundation", category: "migration", owner: "CC", due: "FD-06", text: { en: "Field mapping and transformation rules documented; code lists mapped", fa: "نگاشت فیلدها و قواعد تبدیل مستند و فهرست‌های کد نگاشت شده است" } },
  "mig-owners": { phase: "foundation", category: "migration", owner: "PM", due: "FD-06", text: { en: "Data steward named; data owners assigned per object", fa: "متولی داده معرفی و برای هر موجودیت مالک داده تعیین شده است" } },
  "mig-profile": { phase: "foundation", category: "migration", owner: "DS", due: "FD-06", text: { en: "Data profiled: completeness, duplicates, invalid emails and phones, orphan records; cleansing effort estimated", fa: "داده‌ها از نظر کامل بودن، تکراری‌ها، ایمیل و تلفن نامعتبر و رکوردهای بی‌مرجع بررسی و تلاش لازم برای پاک‌سازی برآورد شده است" } },
  "mig-dedup": { phase: "foundation", category: "migration", owner: "DS", due: "FD-06", text: { en: "De-duplication and match rules agreed (e.g. national ID, phone, or email + name)", fa: "قواعد تطبیق و حذف تکراری‌ها توافق شده است (مثلاً کد ملی، تلفن یا ایمیل همراه با نام)" } },
  "mig-load-order": { phase: "foundation", category: "migration", owner: "IT", due: "FD-13", text: { en: "Load order respects dependencies (users → accounts → contacts → opportunities/cases → activities)", fa: "ترتیب بارگذاری وابستگی‌ها را رعایت می‌کند: کاربران، سپس حساب‌ها، مخاطبان، فرصت‌ها و پرونده‌ها و در پایان فعالیت‌ها" } },
  "mig-mock-runs": { phase: "foundation", category: "migration", owner: "IT", due: "FD-13", text: { en: "Test import on a sample first, then at least 2 full mock runs timed against the cutover window", fa: "ابتدا ورود آزمایشی روی یک نمونه و سپس دست‌کم دو اجرای کامل آزمایشی، زمان‌سنجی‌شده در برابر بازهٔ گذار" } },
  "mig-reconcile": { phase: "foundation", category: "migration", owner: "DS", due: "FD-13", text: { en: "Reconciliation: record counts, control totals, spot checks by business users", fa: "تطبیق: شمارش رکوردها، جمع‌های کنترلی و بازبینی نمونه‌ای توسط کاربران کسب‌وکار" } },
  "mig-consent": { phase: "foundation", category: "migration", owner: "ML", due: "FD-13", text: { en: "Consent and opt-in/opt-out flags migrated with their provenance", fa: "نشانگرهای رضایت و انصراف همراه با منشأ آن‌ها منتقل شده است" } },
  "mig-freeze": { phase: "rollout", category: "migration", owner: "DS", due: "RO-07", text: { en: "Delta/freeze plan for the legacy system; the legacy archive stays read-only", fa: "برنامهٔ انجماد سامانهٔ قبلی و انتقال تغییرات آخر آماده است و بایگانی آن فقط‌خواندنی می‌ماند" } },

  // Foundation: training (§3.4, before UAT).
  "tr-objectives": { phase: "foundation", category: "training", owner: "PM", due: "FD-11", text: { en: "Training objectives are SMART and tied to adoption goals", fa: "اهداف آموزش مشخص و سنجش‌پذیر است و به اهداف پذیرش گره خورده است" } },
  "tr-curriculum": { phase: "foundation", category: "training", owner: "CH", due: "FD-11", text: { en: "Curriculum is role-based; admins and support staff have their own tracks", fa: "برنامهٔ آموزشی بر پایهٔ نقش است و مدیران سامانه و کارکنان پشتیبانی مسیر جداگانه دارند" } },
  "tr-environment": { phase: "foundation", category: "training", owner: "IT", due: "FD-11", text: { en: "Training environment has realistic data and is refreshed between sessions", fa: "محیط آموزش دادهٔ واقع‌نما دارد و میان جلسه‌ها بازنشانی می‌شود" } },
  "tr-champions": { phase: "foundation", category: "training", owner: "CH", due: "FD-11", text: { en: "Champions and trainers trained before UAT", fa: "پیشگامان و مربیان پیش از UAT آموزش دیده‌اند" } },
  "tr-quickref": { phase: "foundation", category: "training", owner: "CH", due: "FD-11", text: { en: "Quick-reference cards, in-app guidance and short videos in the local language", fa: "کارت‌های راهنمای سریع، راهنمای درون‌برنامه‌ای و ویدئوهای کوتاه به زبان محلی آماده است" } },
  "tr-roleplay": { phase: "foundation", category: "training", owner: "SvL", due: "FD-11", text: { en: "Role-play scenarios written for agents and supervisors, with a certification call", fa: "سناریوهای ایفای نقش برای کارشناسان و سرپرستان همراه با یک تماس ارزیابی نوشته شده است" } },

  // Foundation: culture and localisation (§3.5).
  "cul-habits": { phase: "foundation", category: "culture", owner: "BL", due: "FD-02", text: { en: "Local business habits reflected in processes: relationship-first selling, meeting preparation, phone or in-person follow-up", fa: "عادت‌های کسب‌وکار محلی در فرایندها بازتاب یافته است: فروش مبتنی بر رابطه، شیوهٔ آماده‌سازی جلسه‌ها و پیگیری تلفنی یا حضوری" } },
  "cul-etiquette": { phase: "foundation", category: "culture", owner: "CH", due: "FD-07", text: { en: "Business etiquette in templates and scripts: salutations, titles, formal vs informal register, name order", fa: "آداب کسب‌وکار در قالب‌ها و متن‌های گفت‌وگو رعایت شده است: خطاب، عنوان‌ها، لحن رسمی یا خودمانی و ترتیب نام" } },
  "cul-translation": { phase: "foundation", category: "culture", owner: "BA", due: "FD-07", text: { en: "A native reviewer checks UI strings, email and SMS templates and reports; a glossary of CRM terms exists", fa: "یک بازبین بومی متن‌های رابط کاربری، قالب‌های ایمیل و SMS و گزارش‌ها را بررسی می‌کند و واژه‌نامهٔ اصطلاحات CRM وجود دارد" } },
  "cul-legal": { phase: "foundation", category: "culture", owner: "ML", due: "FD-04", text: { en: "Local legal requirements on personal data and marketing consent reviewed with counsel", fa: "الزامات قانونی محلی دربارهٔ دادهٔ شخصی و رضایت بازاریابی با مشاور حقوقی بررسی شده است" } },
  "cul-consent": { phase: "foundation", category: "culture", owner: "ML", due: "FD-03", text: { en: "Consent captured per channel (email, SMS, phone) with timestamp and source; unsubscribe works on every channel", fa: "رضایت برای هر کانال (ایمیل، SMS، تلفن) با زمان و منبع ثبت می‌شود و لغو اشتراک در همهٔ کانال‌ها کار می‌کند" } },
  "cul-sensitivities": { phase: "foundation", category: "culture", owner: "ML", due: "FD-10", text: { en: "Product packaging, naming and campaign content checked for local sensitivities", fa: "بسته‌بندی و نام‌گذاری محصولات و محتوای کارزارها از نظر حساسیت‌های محلی بررسی شده است" } },
  "cul-locale": { phase: "foundation", category: "culture", owner: "IT", due: "FD-05", text: { en: "Persian locale: right-to-left layout, Persian digits, Solar Hijri (Jalali) dates, Rial vs Toman, week starting Saturday", fa: "بومی‌سازی فارسی: چیدمان راست‌به‌چپ، ارقام فارسی، تاریخ هجری شمسی، نمایش ریال یا تومان و آغاز هفته از شنبه" } },
  "cul-calendars": { phase: "foundation", category: "culture", owner: "SvL", due: "FD-14", text: { en: "Time zones and service hours set per region; holiday calendars (Nowruz, religious holidays) loaded into SLA timers", fa: "منطقهٔ زمانی و ساعات خدمت برای هر منطقه تنظیم و تقویم تعطیلات (نوروز و تعطیلات مذهبی) در زمان‌سنج‌های SLA بارگذاری شده است" } },

  // Rollout: go-live readiness (§3.2).
  "gl-scope": { phase: "rollout", category: "golive", owner: "PM", due: "RO-06", text: { en: "The scope going live matches the agreed scope and is signed off by stakeholders", fa: "دامنهٔ در حال راه‌اندازی با دامنهٔ توافق‌شده یکی است و ذی‌نفعان آن را تأیید کرده‌اند" } },
  "gl-tests": { phase: "rollout", category: "golive", owner: "CC", due: "RO-06", text: { en: "SIT, performance and UAT complete, with exit criteria met and signed", fa: "آزمون‌های SIT، کارایی و UAT کامل شده و معیارهای خروج برآورده و امضا شده است" } },
  "gl-migration": { phase: "rollout", category: "golive", owner: "DS", due: "RO-06", text: { en: "Data migration rehearsed at least twice; it fits the cutover window; reconciliation signed off", fa: "مهاجرت داده دست‌کم دو بار تمرین شده، در بازهٔ گذار می‌گنجد و تطبیق آن تأیید شده است" } },
  "gl-runbook": { phase: "rollout", category: "golive", owner: "IT", due: "RO-06", text: { en: "Cutover runbook, including rollback, rehearsed; owners named for every step", fa: "دستورالعمل گذار همراه با برنامهٔ بازگشت تمرین شده و برای هر گام مسئول تعیین شده است" } },
  "gl-external": { phase: "rollout", category: "golive", owner: "IT", due: "RO-06", text: { en: "External dependencies (ERP, telephony, email gateway, SMS provider) confirmed for the date", fa: "وابستگی‌های بیرونی (ERP، تلفن، درگاه ایمیل، ارائه‌دهندهٔ SMS) برای تاریخ راه‌اندازی تأیید شده است" } },
  "gl-training": { phase: "rollout", category: "golive", owner: "CH", due: "RO-06", text: { en: "Training complete; every user has an account with the correct (not admin) security role", fa: "آموزش کامل شده و هر کاربر حسابی با نقش امنیتی درست (نه مدیر سامانه) دارد" } },
  "gl-support": { phase: "rollout", category: "golive", owner: "IT", due: "RO-06", text: { en: "Support model live: help desk, L1/L2/L3 tiers, escalation path, out-of-hours cover for go-live weekend", fa: "مدل پشتیبانی فعال است: میز خدمت، سطوح اول تا سوم پشتیبانی، مسیر ارجاع و پوشش خارج از ساعت اداری در آخر هفتهٔ راه‌اندازی" } },
  "gl-hypercare": { phase: "rollout", category: "golive", owner: "VN", due: "RO-06", text: { en: "Hypercare roster and exit criteria defined; monitoring and alerts on", fa: "نوبت‌بندی پشتیبانی ویژه و معیارهای خروج از آن تعریف شده و پایش و هشدارها فعال است" } },
  "gl-comms": { phase: "rollout", category: "golive", owner: "PM", due: "RO-06", text: { en: "Communications sent (intranet site, email); the sponsor's message is ready", fa: "اطلاع‌رسانی‌ها (وب‌سایت اینترانت، ایمیل) انجام شده و پیام حامی پروژه آماده است" } },
  "gl-timing": { phase: "rollout", category: "golive", owner: "SP", due: "RO-06", text: { en: "Go-live date avoids month or quarter end, holidays and peak season; in Iran, avoid Nowruz", fa: "تاریخ راه‌اندازی با پایان ماه یا فصل، تعطیلات و فصل اوج کار هم‌زمان نیست؛ در ایران از نوروز پرهیز شود" } },
  "gl-decision": { phase: "rollout", category: "golive", owner: "SP", due: "RO-06", text: { en: "Go/no-go meeting held with all key stakeholders; decision recorded", fa: "جلسهٔ تصمیم اجرا یا توقف با همهٔ ذی‌نفعان کلیدی برگزار و تصمیم ثبت شده است" } },

  // Rollout: training and adoption (§3.4).
  "ad-timing": { phase: "rollout", category: "training", owner: "CH", due: "RO-04", text: { en: "Training finishes close to go-live (within about 2 weeks); proficiency checked, not just attendance", fa: "آموزش نزدیک به راه‌اندازی (حداکثر حدود دو هفته پیش از آن) تمام می‌شود و مهارت کاربران سنجیده می‌شود، نه فقط حضورشان" } },
  "ad-feedback": { phase: "rollout", category: "training", owner: "PM", due: "RO-08", text: { en: "Users know the feedback channel and how to get help (help desk, champions, intranet FAQ)", fa: "کاربران راه ارسال بازخورد و دریافت کمک (میز خدمت، پیشگامان، پرسش‌های متداول در اینترانت) را می‌دانند" } },
  "ad-dashboards": { phase: "rollout", category: "training", owner: "BL", due: "RO-12", text: { en: "Managers run their meetings from CRM dashboards: if it's not in CRM, it didn't happen", fa: "مدیران جلسه‌هایشان را با داشبوردهای CRM اداره می‌کنند: آنچه در CRM نیست، رخ نداده است" } },
  "ad-measure": { phase: "rollout", category: "training", owner: "PM", due: "RO-12", text: { en: "Adoption measured weekly for 90 days; rewards and corrective actions defined", fa: "پذیرش تا ۹۰ روز هر هفته سنجیده می‌شود و پاداش‌ها و اقدام‌های اصلاحی تعریف شده است" } },
  "ad-high-risk": { phase: "rollout", category: "training", owner: "BL", due: "RO-09", text: { en: "High-risk user groups identified and given extra coaching", fa: "گروه‌های کاربری پرریسک شناسایی شده و راهنمایی بیشتری دریافت می‌کنند" } },

  // Rollout: channel setup (§3.6).
  "ch-web": { phase: "rollout", category: "channels", owner: "IT", due: "RO-05", text: { en: "Web: forms create leads/cases with validation, spam protection and a consent checkbox; routing and source tracking; tested end to end", fa: "وب: فرم‌ها با اعتبارسنجی، محافظت در برابر هرزنامه و گزینهٔ رضایت، سرنخ یا پرونده می‌سازند؛ مسیریابی و ردیابی منبع برقرار است و کل مسیر آزموده شده است" } },
  "ch-email": { phase: "rollout", category: "channels", owner: "IT", due: "RO-05", text: { en: "Email: domain authentication (SPF/DKIM/DMARC); shared inbox routed to cases/leads; local-language templates; bounces and unsubscribes handled; email logged to the contact", fa: "ایمیل: احراز هویت دامنه؛ صندوق مشترک به پرونده یا سرنخ مسیریابی می‌شود؛ قالب‌ها به زبان محلی است؛ برگشتی‌ها و لغو اشتراک رسیدگی و ایمیل در سابقهٔ مخاطب ثبت می‌شود" } },
  "ch-contact-centre": { phase: "rollout", category: "channels", owner: "IT", due: "RO-05", text: { en: "Contact centre: CTI screen-pop, click-to-dial and call logging; IVR menus, queues and skills; abandonment tracking; call-recording consent notice", fa: "مرکز تماس: نمایش خودکار پروندهٔ تماس‌گیرنده با CTI، شماره‌گیری با یک کلیک و ثبت تماس؛ منوهای IVR، صف‌ها و مهارت‌ها؛ پایش تماس‌های رهاشده؛ اعلام ضبط مکالمه" } },
  "ch-helpdesk": { phase: "rollout", category: "channels", owner: "SvL", due: "RO-05", text: { en: "Help desk: ticket categories, priorities and SLA clocks; escalation tiers; knowledge base; CSAT survey on closure", fa: "میز خدمت: دسته‌ها و اولویت‌های درخواست و زمان‌سنج‌های SLA؛ سطوح ارجاع؛ پایگاه دانش؛ نظرسنجی CSAT هنگام بستن درخواست" } },
  "ch-chat": { phase: "rollout", category: "channels", owner: "ML", due: "RO-05", text: { en: "Chat, social, SMS and mobile (if in scope): hours stated, hand-off to an agent, transcript saved to the record, opt-in for SMS and push", fa: "گفت‌وگوی برخط، شبکه‌های اجتماعی، SMS و تلفن همراه (در صورت وجود در دامنه): اعلام ساعات پاسخ‌گویی، واگذاری به کارشناس، ذخیرهٔ متن گفت‌وگو در پرونده و رضایت برای SMS و اعلان" } },
  "ch-cross": { phase: "rollout", category: "channels", owner: "IT", due: "RO-05", text: { en: "Cross-channel: one customer ID across channels; interaction history visible to every channel", fa: "میان‌کانالی: یک شناسهٔ مشتری در همهٔ کانال‌ها و سابقهٔ تعاملات در همهٔ کانال‌ها دیدنی است" } },
  "ch-process-first": { phase: "rollout", category: "channels", owner: "BL", due: "RO-05", text: { en: "Each channel's process is defined, owned and automated before launch: technology is not magic", fa: "فرایند هر کانال پیش از راه‌اندازی تعریف شده، مالک دارد و خودکار شده است: فناوری جادو نیست" } },
};

export interface LibraryGoal {
  name: Bi;
  unit: Bi;
  target: number;
  owner: RoleRef;
  due: string;
}

/** DOMAIN.md §4 KPIs with their default targets (editable; no baselines or actuals). */
export const GOALS: Record<string, LibraryGoal> = {
  "active-users": { name: { en: "Active-user rate (weekly)", fa: "نرخ کاربران فعال (هفتگی)" }, unit: { en: "%", fa: "%" }, target: 90, owner: "BL", due: "RO-12" },
  "opps-updated": { name: { en: "Opportunities updated weekly", fa: "فرصت‌های فروش به‌روزشده در هر هفته" }, unit: { en: "%", fa: "%" }, target: 80, owner: "SL", due: "RO-12" },
  "lead-response": { name: { en: "Lead response time (median)", fa: "زمان پاسخ به سرنخ (میانه)" }, unit: { en: "hours", fa: "ساعت" }, target: 4, owner: "SL", due: "RO-14" },
  "win-rate": { name: { en: "Win rate on qualified opportunities", fa: "نرخ موفقیت در فرصت‌های واجد شرایط" }, unit: { en: "%", fa: "%" }, target: 25, owner: "SL", due: "RO-14" },
  "completeness": { name: { en: "Mandatory-field completeness", fa: "کامل بودن فیلدهای اجباری" }, unit: { en: "%", fa: "%" }, target: 95, owner: "DS", due: "RO-12" },
  "duplicates": { name: { en: "Duplicate customer records", fa: "رکوردهای تکراری مشتری" }, unit: { en: "%", fa: "%" }, target: 2, owner: "DS", due: "RO-12" },
  "csat": { name: { en: "Customer satisfaction (CSAT)", fa: "رضایت مشتری (CSAT)" }, unit: { en: "%", fa: "%" }, target: 80, owner: "SvL", due: "RO-14" },
  "nps": { name: { en: "Net Promoter Score (NPS)", fa: "شاخص خالص ترویج‌کنندگان (NPS)" }, unit: { en: "points", fa: "امتیاز" }, target: 30, owner: "ML", due: "RO-14" },
  "retention": { name: { en: "Customer retention rate", fa: "نرخ نگهداشت مشتری" }, unit: { en: "%", fa: "%" }, target: 85, owner: "SL", due: "RO-14" },
  "response-time": { name: { en: "First response time across channels (median)", fa: "زمان نخستین پاسخ در همهٔ کانال‌ها (میانه)" }, unit: { en: "hours", fa: "ساعت" }, target: 8, owner: "SvL", due: "RO-14" },
  "service-level": { name: { en: "Service level: calls answered within 20 seconds", fa: "سطح خدمت: تماس‌های پاسخ‌داده‌شده در ۲۰ ثانیه" }, unit: { en: "%", fa: "%" }, target: 80, owner: "SvL", due: "RO-12" },
  "abandonment": { name: { en: "Abandonment rate", fa: "نرخ تماس‌های رهاشده" }, unit: { en: "%", fa: "%" }, target: 5, owner: "SvL", due: "RO-12" },
  "fcr": { name: { en: "First-contact resolution (FCR)", fa: "حل در نخستین تماس (FCR)" }, unit: { en: "%", fa: "%" }, target: 75, owner: "SvL", due: "RO-12" },
  "aht": { name: { en: "Average handle time (AHT)", fa: "میانگین زمان رسیدگی (AHT)" }, unit: { en: "minutes", fa: "دقیقه" }, target: 6, owner: "SvL", due: "RO-12" },
  "csat-closure": { name: { en: "CSAT on case closure", fa: "رضایت مشتری هنگام بستن پرونده (CSAT)" }, unit: { en: "%", fa: "%" }, target: 85, owner: "SvL", due: "RO-12" },
  "backlog-age": { name: { en: "Backlog age (median age of open cases)", fa: "عمر پرونده‌های معوق (میانهٔ عمر پرونده‌های باز)" }, unit: { en: "days", fa: "روز" }, target: 2, owner: "SvL", due: "RO-12" },
  "sla": { name: { en: "SLA compliance", fa: "رعایت SLA" }, unit: { en: "%", fa: "%" }, target: 90, owner: "SvL", due: "RO-12" },
};

export interface ResourceRow {
  kind: ResourceKind;
  name: Bi;
  unit: Bi;
  planned: number;
}

/** Budget lines: placeholders (0) to fill per project, in the project's currency. */
export function budgetLines(): ResourceRow[] {
  const cur: Bi = { en: "currency", fa: "واحد پول" };
  const line = (en: string, fa: string): ResourceRow => ({ kind: "budget", name: { en, fa }, unit: cur, planned: 0 });
  return [
    line("CRM subscription, year 1", "اشتراک سامانهٔ CRM، سال اول"),
    line("Implementation partner (SOW)", "شریک پیاده‌سازی (طبق SOW)"),
    line("Data cleansing and migration", "پاک‌سازی و مهاجرت داده"),
    line("Training and change management", "آموزش و مدیریت تغییر"),
    line("Contingency (15% of the lines above)", "ذخیرهٔ احتیاطی (۱۵ درصد اقلام بالا)"),
  ];
}

/** People's time per role, in working days. */
export function peopleTime(days: Partial<Record<RoleKey, number>>): ResourceRow[] {
  return ROLES.filter((r) => days[r.key] !== undefined).map((r) => ({
    kind: "people" as const,
    name: { en: `${r.title.en} time`, fa: `زمان ${r.title.fa}` },
    unit: { en: "days", fa: "روز" },
    planned: days[r.key]!,
  }));
}
