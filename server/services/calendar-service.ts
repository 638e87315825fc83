// A project's calendar exceptions (holidays, extra working days); every change reschedules the project.
import type { DataSource } from "typeorm";
import { CalendarException } from "../../entities";
import { DomainError, NotFound } from "../domain/errors";
import type { CalendarExceptionInput } from "../forms/calendar";
import { reschedule } from "./schedule-service";
import { diffFields } from "../domain/diff";
import { record, systemClock, type Clock } from "./activity";

export class CalendarService {
  constructor(
    private readonly ds: DataSource,
    private readonly now: Clock = systemClock,
  ) {}

  async list(projectId: number): Promise<CalendarException[]> {
    return this.ds.getRepository(CalendarException).find({ where: { projectId }, order: { date: "ASC" } });
  }

  /** Adds one exception, or one per day of a date range; a date already listed is a field error. */
  async add(projectId: number, input: CalendarExceptionInput): Promise<number> {
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(CalendarException);
      const dates = input.dates;
      const existing = new Set((await repo.find({ where: { projectId }, select: { date: true } })).map((e) => e.date));
      const clash = dates.find((d) => existing.has(d));
      if (clash) throw new DomainError("calendar.errors.duplicate", { date: clash }, "date");
      const saved = await repo.save(dates.map((date) => repo.create({ projectId, date, working: input.working, name: input.name })), { chunk: 200 });
      await reschedule(m, projectId);
      const changes = diffFields({}, { date: dates[0], until: dates.length > 1 ? dates[dates.length - 1] : null, working: input.working });
      // The log names an exception by its name, or by its (first) date when it has none.
      await record(m, { projectId, at: this.now(), subjectType: "calendar", subjectId: saved[0].id, subjectLabel: input.name || dates[0], action: "created", changes });
      return dates.length;
    });
  }

  /**
   * Adds the chosen days as holidays (non-working, named), skipping dates the calendar lists already, in one
   * transaction; returns how many were added.
   */
  async addHolidays(projectId: number, days: { date: string; name: string }[], label: string): Promise<number> {
    return this.ds.transaction(async (m) => {
      const repo = m.getRepository(CalendarException);
      const existing = new Set((await repo.find({ where: { projectId }, select: { date: true } })).map((e) => e.date));
      const byDate = new Map<string, string[]>();
      for (const d of days) if (!existing.has(d.date)) byDate.set(d.date, [...(byDate.get(d.date) ?? []), d.name]);
      if (byDate.size === 0) return 0;
      const rows = [...byDate].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, names]) => repo.create({ projectId, date, working: false, name: names.join(" · ").slice(0, 200) }));
      const saved = await repo.save(rows, { chunk: 200 });
      await reschedule(m, projectId);
      const changes = diffFields({}, { date: rows[0].date, until: rows[rows.length - 1].date, working: false });
      await record(m, { projectId, at: this.now(), subjectType: "calendar", subjectId: saved[0].id, subjectLabel: label, action: "created", changes });
      return rows.length;
    });
  }

  async delete(projectId: number, exceptionId: number): Promise<CalendarException> {
    return this.ds.transaction(async (m) => {
      const ex = await m.getRepository(CalendarException).findOne({ where: { id: exceptionId, projectId } });
      if (!ex) throw new NotFound("calendar exception");
      await m.getRepository(CalendarException).delete({ id: exceptionId });
      await reschedule(m, projectId);
      const changes = diffFields({ date: ex.date, working: ex.working }, {});
      await record(m, { projectId, at: this.now(), subjectType: "calendar", subjectId: ex.id, subjectLabel: ex.name || ex.date, action: "deleted", changes });
      return ex;
    });
  }
}
