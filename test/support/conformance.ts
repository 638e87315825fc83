// Conformance of the scheduler with MS Project on the sample MSPDI files in ../shared/mspdi/ (never
// copied into the repository): reads each file, schedules it and compares leaf tasks with MS Project.
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../../server/paths";
import { readMspdi } from "../../server/domain/mspdi";
import { checkConformance, type ConformanceReport } from "../../server/domain/mspdi-conformance";
import { decodeXmlBytes, parseMspdiXml } from "../../server/services/mspdi-xml";

/** Where the sample files live: shared/mspdi beside the repository. */
export const MSPDI_DIR = path.join(ROOT, "..", "shared", "mspdi");

/** Files whose tasks and lags are whole days: our scheduler must match MS Project on every leaf task. */
export const WHOLE_DAY_FILES = [
  "task-links-project2007-mspdi.xml",
  "mspdirelations.xml",
  "Residential Construction.from-mpp.xml",
  "NewProductDev.from-mpp.xml",
  "slack9.from-mpp.xml",
];

/** Files with half-day tasks and percent lags: imported with rounding, so only reported. */
export const TOLERANCE_FILES = ["Software Development Plan.from-mpp.xml"];

export interface FileConformance extends ConformanceReport {
  file: string;
  warnings: number;
}

/** Reads, schedules and compares one MSPDI file. */
export function conformanceOf(file: string, dir = MSPDI_DIR): FileConformance {
  const project = readMspdi(parseMspdiXml(decodeXmlBytes(fs.readFileSync(path.join(dir, file)))));
  return { file, warnings: project.warnings.length, ...checkConformance(project) };
}

/** The report as a plain-text table plus one line per mismatching field. */
export function formatConformance(rows: readonly FileConformance[]): string {
  const header = ["file", "leaf tasks", "matching", "match rate", "mismatches", "import warnings"];
  const cells = rows.map((r) => [r.file, String(r.leafTasks), String(r.matchingTasks), `${(r.matchRate * 100).toFixed(1)} %`, String(r.mismatches.length), String(r.warnings)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join("  ");
  const out = [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)];
  for (const r of rows) {
    if (!r.mismatches.length) continue;
    out.push("", `${r.file}:`);
    for (const m of r.mismatches) {
      const fields = m.fields.map((f) => `${f.field} expected ${f.expected} got ${f.actual}`).join("; ");
      out.push(`  UID ${m.uid} ${m.name}: ${fields}`);
    }
  }
  return out.join("\n");
}
