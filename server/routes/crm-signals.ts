// A workspace signal as the pages show it: its sentence in the page's language (dates in the page's
// calendar, numbers in its digits), its level and, where the reader may follow it, its link.
import type { Response } from "express";
import type { WorkspaceSignal } from "../services/crm-workspace";
import { formatDate, localNumbers } from "../view-helpers/format";

export interface SignalView {
  level: WorkspaceSignal["level"];
  text: string;
  href: string | null;
}

export function signalView(res: Response, s: WorkspaceSignal, linked: boolean): SignalView {
  const params: Record<string, unknown> = localNumbers({ ...s.params }, res.locals.locale);
  if (typeof s.params.date === "string") params.date = formatDate(s.params.date, res.locals.locale, res.locals.calendar);
  return { level: s.level, text: res.locals.t(s.key, params), href: linked && res.locals.projectBase ? `${res.locals.projectBase}${s.href}` : null };
}
