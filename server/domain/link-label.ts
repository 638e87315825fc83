// MS Project-style predecessor labels: "1.2", "1.3SS", "1.4FS+2d", "2.1FF-1d".
import type { LinkType } from "./types";

/** FS without lag shows the WBS number alone; any other type or a lag adds type and signed lag in days. */
export function linkLabel(wbs: string, type: LinkType, lagDays: number): string {
  if (type === "FS" && lagDays === 0) return wbs;
  const lag = lagDays === 0 ? "" : `${lagDays > 0 ? "+" : "−"}${Math.abs(lagDays)}d`;
  return `${wbs}${type}${lag}`;
}
