// Writes seeds/holidays/iran.json: Iran's public holidays for Solar Hijri years 1404–1407 (21 March 2025 –
// 20 March 2029). `npm run build && node dist/seeds/holidays/generate-iran.js` regenerates it; a unit test
// checks the shipped file equals this output.
//
// Source of the list of holidays: the Iranian official calendar (Calendar Center of the Institute of
// Geophysics, University of Tehran; as published at time.ir). The national (solar) holidays fall on fixed
// Jalali dates and are exact. The religious holidays are fixed Hijri dates that Iran sets by moon sighting,
// so they are computed here with the tabular Islamic calendar (ICU "islamic-civil") and may be a day off:
// they are marked "estimated" and must be checked against the official calendar before relying on them.
import fs from "node:fs";
import path from "node:path";
import { fromJalali, jalaliMonthLength } from "../../server/domain/jalali";

export interface HolidayFile {
  country: "IR";
  source: string;
  years: { jalali: [number, number]; from: string; to: string };
  holidays: { date: string; nameFa: string; nameEn: string; kind: "national" | "religious"; estimated: boolean }[];
}

export const FIRST_YEAR = 1404;
export const LAST_YEAR = 1407;

const NATIONAL: [number, number, string, string][] = [
  [1, 1, "عید نوروز", "Nowruz"],
  [1, 2, "عید نوروز", "Nowruz"],
  [1, 3, "عید نوروز", "Nowruz"],
  [1, 4, "عید نوروز", "Nowruz"],
  [1, 12, "روز جمهوری اسلامی", "Islamic Republic Day"],
  [1, 13, "روز طبیعت", "Nature Day (Sizdah Bedar)"],
  [3, 14, "رحلت امام خمینی", "Death of Imam Khomeini"],
  [3, 15, "قیام ۱۵ خرداد", "15 Khordad uprising"],
  [11, 22, "پیروزی انقلاب اسلامی", "Islamic Revolution Day"],
  [12, 29, "ملی شدن صنعت نفت", "Oil nationalisation day"],
];

/** Hijri month, day ("last" = the month's last day). */
const RELIGIOUS: [number, number | "last", string, string][] = [
  [1, 9, "تاسوعای حسینی", "Tasua"],
  [1, 10, "عاشورای حسینی", "Ashura"],
  [2, 20, "اربعین حسینی", "Arbaeen"],
  [2, 28, "رحلت رسول اکرم و شهادت امام حسن مجتبی", "Demise of the Prophet and martyrdom of Imam Hasan"],
  [2, "last", "شهادت امام رضا", "Martyrdom of Imam Reza"],
  [3, 8, "شهادت امام حسن عسکری", "Martyrdom of Imam Hasan Askari"],
  [3, 17, "میلاد رسول اکرم و امام جعفر صادق", "Birth of the Prophet and Imam Jafar Sadiq"],
  [6, 3, "شهادت حضرت فاطمه زهرا", "Martyrdom of Fatima"],
  [7, 13, "ولادت امام علی", "Birth of Imam Ali"],
  [7, 27, "مبعث رسول اکرم", "Mab'ath"],
  [8, 15, "ولادت حضرت قائم", "Birth of Imam Mahdi"],
  [9, 21, "شهادت حضرت علی", "Martyrdom of Imam Ali"],
  [10, 1, "عید سعید فطر", "Eid al-Fitr"],
  [10, 2, "تعطیل به مناسبت عید سعید فطر", "Day after Eid al-Fitr"],
  [10, 25, "شهادت امام جعفر صادق", "Martyrdom of Imam Jafar Sadiq"],
  [12, 10, "عید سعید قربان", "Eid al-Adha"],
  [12, 18, "عید سعید غدیر خم", "Eid al-Ghadir"],
];

const hijri = new Intl.DateTimeFormat("en-u-ca-islamic-civil", { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" });
function hijriOf(iso: string): { y: number; m: number; d: number } {
  const parts = hijri.formatToParts(new Date(`${iso}T00:00:00Z`));
  const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { y: n("year"), m: n("month"), d: n("day") };
}

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function generateIranHolidays(): HolidayFile {
  const from = fromJalali(FIRST_YEAR, 1, 1)!;
  const to = fromJalali(LAST_YEAR, 12, jalaliMonthLength(LAST_YEAR, 12))!;
  const holidays: HolidayFile["holidays"] = [];
  for (let jy = FIRST_YEAR; jy <= LAST_YEAR; jy++) {
    for (const [jm, jd, nameFa, nameEn] of NATIONAL) holidays.push({ date: fromJalali(jy, jm, jd)!, nameFa, nameEn, kind: "national", estimated: false });
  }
  for (let iso = from; iso <= to; iso = addDays(iso, 1)) {
    const h = hijriOf(iso);
    const last = hijriOf(addDays(iso, 1)).m !== h.m;
    for (const [m, d, nameFa, nameEn] of RELIGIOUS) {
      if (h.m === m && (d === "last" ? last : h.d === d)) holidays.push({ date: iso, nameFa, nameEn, kind: "religious", estimated: true });
    }
  }
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  return {
    country: "IR",
    source:
      "Holidays of the Iranian official calendar (Calendar Center, Institute of Geophysics, University of Tehran; time.ir). National holidays are exact; religious holidays follow moon sighting in Iran and are estimated with the tabular Islamic calendar (ICU islamic-civil): they may differ by a day, check them against the official calendar.",
    years: { jalali: [FIRST_YEAR, LAST_YEAR], from, to },
    holidays,
  };
}

export const serializeHolidays = (f: HolidayFile): string => `${JSON.stringify(f, null, 2)}\n`;

if (require.main === module) {
  const file = path.join(__dirname, "../../../seeds/holidays/iran.json");
  fs.writeFileSync(file, serializeHolidays(generateIranHolidays()));
  console.log(`Wrote ${file}`);
}
