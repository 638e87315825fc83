// A working-day calendar as integer indices: day 0 is the first working day on or after the project
// start; dates convert at the edges. Working week plus dated exceptions (holidays, extra working days).
import type { CalendarSpec } from "./schedule-types";

const MS_PER_DAY = 86_400_000;
/** How far before the project start indices reach (10 years); earlier dates clamp to that edge. */
const BACK_DAYS = 3653;

/** Days since 1970-01-01 for an ISO date (UTC). */
export function dayNumber(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY);
}

/** The ISO date of a day number. */
export function isoOf(dn: number): string {
  return new Date(dn * MS_PER_DAY).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number; 1970-01-01 was a Thursday. */
export function weekdayOf(dn: number): number {
  return ((((dn + 3) % 7) + 7) % 7) + 1;
}

export class WorkCalendar {
  private readonly week = new Set<number>();
  private readonly exceptions = new Map<number, boolean>();
  private readonly origin: number;
  /** days[k]: day number of the k-th working day counted from origin. */
  private readonly days: number[] = [];
  /** firstAtOrAfter[o]: count of working days before origin + o (= index in days of the first working day ≥ it). */
  private readonly firstAtOrAfter: number[] = [];
  /** Index offset so that the first working day ≥ the project start is 0. */
  private readonly base: number;

  constructor(spec: CalendarSpec, projectStart: string) {
    for (const d of spec.workingWeek) if (Number.isInteger(d) && d >= 1 && d <= 7) this.week.add(d);
    for (const e of spec.exceptions) this.exceptions.set(dayNumber(e.date), e.working);
    // A week without a working day leaves only finitely many working days (the extra ones), and
    // indices past them would never be found: fall back to Monday–Friday.
    if (this.week.size === 0) [1, 2, 3, 4, 5].forEach((d) => this.week.add(d));
    const start = dayNumber(projectStart);
    this.origin = start - BACK_DAYS;
    this.extendTo(start + 366);
    this.base = this.firstAtOrAfter[start - this.origin];
  }

  isWorking(dn: number): boolean {
    const e = this.exceptions.get(dn);
    return e ?? this.week.has(weekdayOf(dn));
  }

  /** Index of the first working day on or after the date. */
  indexOf(iso: string): number {
    return this.indexOfDay(dayNumber(iso));
  }

  indexOfDay(dn: number): number {
    const o = Math.max(0, dn - this.origin);
    this.extendTo(this.origin + o + 1);
    return this.firstAtOrAfter[o] - this.base;
  }

  /** Boundary just after the date: the index of the first working day strictly after it. */
  indexAfter(iso: string): number {
    return this.indexOfDay(dayNumber(iso) + 1);
  }

  /** The ISO date of working-day index k. */
  dateOf(k: number): string {
    const i = Math.max(0, k + this.base);
    while (this.days.length <= i) this.extendTo(this.origin + this.firstAtOrAfter.length * 2 + 7);
    return isoOf(this.days[i]);
  }

  /** Makes the tables cover every day before `dn` (amortised: grows geometrically). */
  private extendTo(dn: number): void {
    const need = dn - this.origin + 1;
    if (this.firstAtOrAfter.length >= need) return;
    const target = Math.max(need, this.firstAtOrAfter.length * 2);
    let count = this.days.length;
    for (let o = this.firstAtOrAfter.length; o < target; o++) {
      this.firstAtOrAfter.push(count);
      const d = this.origin + o;
      if (this.isWorking(d)) {
        this.days.push(d);
        count++;
      }
    }
  }
}
