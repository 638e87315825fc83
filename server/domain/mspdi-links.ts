// The PredecessorLinks of an MSPDI document as FS/SS/FF/SF links with lags in whole working days.
import { DomainError } from "./errors";
import type { LinkType } from "./types";
import type { MspdiLink, MspdiTask } from "./mspdi";
import { children, flag, int, MAX_DAYS, num, roundDays, text, type ImportWarning, type Node } from "./mspdi-values";

/** MSPDI link Type: 0 = FF, 1 = FS, 2 = SF, 3 = SS. */
const LINK_TYPES_BY_CODE: Record<number, LinkType> = { 0: "FF", 1: "FS", 2: "SF", 3: "SS" };
/** LagFormat codes of elapsed units (em, eh, ed, ew, emo, e%, and their estimated "?" variants). */
const ELAPSED_FORMATS = new Set([4, 6, 8, 10, 12, 20, 36, 38, 40, 42, 44, 52]);
/** LagFormat codes where LinkLag holds a percent of the predecessor's duration. */
const PERCENT_FORMATS = new Set([19, 20, 51, 52]);

export interface LinkContext {
  /** UIDs in the file that were not imported (blank, inactive, external, the project summary). */
  skipped: Set<number>;
  minutesPerDay: number;
  /** Exact task durations in minutes, for percent lags. */
  minutesByUid: Map<number, number>;
  workingDaysPerWeek: number;
  warnings: ImportWarning[];
}

interface RowRef {
  node: Node;
  uid: number;
  name: string;
}

/** Reads every imported task's predecessor links; throws "import.errors.badLink" / "import.errors.summaryLink" on unusable ones. */
export function readLinks(rows: readonly RowRef[], tasks: readonly MspdiTask[], ctx: LinkContext): MspdiLink[] {
  const byUid = new Map(tasks.map((t) => [t.uid, t]));
  const links: MspdiLink[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const pl of children(row.node, "PredecessorLink")) {
      const predUid = int(pl, "PredecessorUID");
      const predName = predUid !== undefined ? (byUid.get(predUid)?.name ?? `#${predUid}`) : (text(pl, "PredecessorUID") ?? "?").slice(0, 40);
      const bad = () => new DomainError("import.errors.badLink", { task: row.name, predecessor: predName });
      const typeText = text(pl, "Type");
      const type = typeText === undefined ? "FS" : LINK_TYPES_BY_CODE[int(pl, "Type") ?? -1];
      if (predUid === undefined || !type) throw bad();
      if (flag(pl, "CrossProject") === true || ctx.skipped.has(predUid)) {
        ctx.warnings.push({ key: "import.warnings.skippedLink", params: { task: row.name, predecessor: predName } });
        continue;
      }
      const pred = byUid.get(predUid);
      if (!pred || predUid === row.uid) throw bad();
      if (isAncestor(predUid, row.uid, byUid) || isAncestor(row.uid, predUid, byUid)) {
        throw new DomainError("import.errors.summaryLink", { task: row.name, predecessor: predName });
      }
      const pair = `${predUid}>${row.uid}`;
      if (seen.has(pair)) {
        ctx.warnings.push({ key: "import.warnings.duplicateLink", params: { task: row.name, predecessor: predName } });
        continue;
      }
      seen.add(pair);
      const lagDays = readLag(pl, pred, row.name, ctx);
      if (lagDays === undefined) throw bad();
      links.push({ predecessorUid: predUid, successorUid: row.uid, type, lagDays });
    }
  }
  return links;
}

function isAncestor(ancestorUid: number, uid: number, byUid: Map<number, MspdiTask>): boolean {
  for (let p = byUid.get(uid)?.parentUid ?? null, depth = 0; p !== null && depth < 10_000; p = byUid.get(p)?.parentUid ?? null, depth++) {
    if (p === ancestorUid) return true;
  }
  return false;
}

/**
 * The lag in whole working days. LinkLag is in tenths of a minute of working time; elapsed formats count
 * calendar time (converted at the calendar's working days per week); percent formats hold a percent of
 * the predecessor's duration. Anything not a whole day is rounded, with a warning. Undefined when unreadable.
 */
function readLag(pl: Node, pred: MspdiTask, task: string, ctx: LinkContext): number | undefined {
  const rawText = text(pl, "LinkLag");
  const raw = rawText === undefined || rawText === "" ? 0 : num(pl, "LinkLag");
  if (raw === undefined) return undefined;
  if (raw === 0) return 0;
  const format = int(pl, "LagFormat") ?? 7;
  const params = { task, predecessor: pred.name };
  let days: number;
  if (PERCENT_FORMATS.has(format)) {
    const predDays = (ctx.minutesByUid.get(pred.uid) ?? pred.durationDays * ctx.minutesPerDay) / ctx.minutesPerDay;
    days = roundDays((raw * predDays) / 100);
    ctx.warnings.push({ key: "import.warnings.percentLag", params: { ...params, percent: raw, days } });
  } else if (ELAPSED_FORMATS.has(format)) {
    days = roundDays(((raw / 10 / 1440) * ctx.workingDaysPerWeek) / 7);
    ctx.warnings.push({ key: "import.warnings.elapsedLag", params: { ...params, days } });
  } else {
    const exact = raw / 10 / ctx.minutesPerDay;
    days = roundDays(exact);
    if (Math.abs(exact - days) > 1e-6) ctx.warnings.push({ key: "import.warnings.roundedLag", params: { ...params, days } });
  }
  return Math.abs(days) > MAX_DAYS ? undefined : days;
}
