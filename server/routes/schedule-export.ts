// Downloads of the computed schedule: /projects/:id/schedule.json and /schedule.csv.
import { Router } from "express";
import { stringify } from "csv-stringify/sync";
import type { Project } from "../../entities";
import type { RouteDeps } from "./index";

const COLUMNS = [
  "wbs", "key", "importUid", "name", "summary", "milestone", "durationDays",
  "earlyStart", "earlyFinish", "lateStart", "lateFinish", "totalSlack", "freeSlack", "critical", "constraintViolated",
] as const;

/** A file name from the project's name: letters and digits of any script, the rest as dashes. */
function fileName(project: Project, ext: string): string {
  const base = project.name.normalize("NFC").replace(/[^\p{L}\p{M}\p{N}\u200c]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 80) || "project";
  return `${base}-schedule.${ext}`;
}

export function scheduleExportRoutes(deps: RouteDeps): Router {
  const router = Router({ mergeParams: true });

  router.get("/schedule.json", async (_req, res) => {
    const project: Project = res.locals.project;
    const rows = await deps.services.scheduleExport.rows(project.id);
    res.attachment(fileName(project, "json"));
    res.json({ project: { id: project.id, name: project.name, kickoffDate: project.kickoffDate }, tasks: rows });
  });

  router.get("/schedule.csv", async (_req, res) => {
    const project: Project = res.locals.project;
    const rows = await deps.services.scheduleExport.rows(project.id);
    res.attachment(fileName(project, "csv"));
    res.type("text/csv; charset=utf-8");
    // A byte-order mark so spreadsheet programs read UTF-8 (Persian names) correctly.
    res.send("\uFEFF" + stringify(rows, { header: true, columns: [...COLUMNS], escape_formulas: true, cast: { boolean: (b) => (b ? "true" : "false") } }));
  });

  return router;
}
