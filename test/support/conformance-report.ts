// `npm run conformance`: prints, per sample MSPDI file, how many leaf tasks our scheduler dates exactly
// as MS Project did, and every mismatch. Exits 1 when a whole-day file is below 100 %.
import fs from "node:fs";
import { conformanceOf, formatConformance, MSPDI_DIR, TOLERANCE_FILES, WHOLE_DAY_FILES } from "./conformance";

function main(): number {
  if (!fs.existsSync(MSPDI_DIR)) {
    console.log(`No sample files: ${MSPDI_DIR} does not exist.`);
    return 0;
  }
  const files = [...WHOLE_DAY_FILES, ...TOLERANCE_FILES].filter((f) => fs.existsSync(`${MSPDI_DIR}/${f}`));
  const rows = files.map((f) => conformanceOf(f));
  console.log(formatConformance(rows));
  const failing = rows.filter((r) => WHOLE_DAY_FILES.includes(r.file) && r.matchRate < 1);
  return failing.length ? 1 : 0;
}

process.exitCode = main();
