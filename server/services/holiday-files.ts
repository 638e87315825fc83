// Holiday lists the project ships as files (seeds/holidays/*.json), read once and kept.
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../paths";
import type { HolidayFile } from "../../seeds/holidays/generate-iran";

let iran: HolidayFile | null = null;

/** Iran's public holidays (seeds/holidays/iran.json; source and years inside). */
export function iranHolidays(): HolidayFile {
  iran ??= JSON.parse(fs.readFileSync(path.join(ROOT, "seeds/holidays/iran.json"), "utf8")) as HolidayFile;
  return iran;
}
