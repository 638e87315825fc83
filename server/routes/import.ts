// MS Project import: the upload form and its multipart POST (multer, in memory, one file up to 10 MB).
import { Router, type Request, type Response } from "express";
import multer from "multer";
import { flash } from "../http/locals";
import { formView } from "../http/form-view";
import { parseImportForm } from "../forms/import";
import { DomainError } from "../domain/errors";
import { PHASE_KINDS } from "../domain/types";
import type { FieldErrors } from "../forms/form";
import type { RouteDeps } from "./index";

export const MAX_UPLOAD_MB = 10;

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_UPLOAD_MB * 1024 * 1024, files: 1, fields: 10, fieldSize: 10_000, parts: 20 },
}).single("file");

/** Runs multer; resolves with its error (a too-large file, a second file, a malformed body) or null. */
function receive(req: Request, res: Response): Promise<unknown> {
  return new Promise((resolve) => upload(req, res, (err?: unknown) => resolve(err ?? null)));
}

function uploadError(err: unknown): { status: number; errors: FieldErrors } {
  if (err instanceof multer.MulterError && err.code === "LIMIT_FILE_SIZE") {
    return { status: 413, errors: { file: { key: "import.errors.tooLarge", params: { max: MAX_UPLOAD_MB } } } };
  }
  return { status: 422, errors: { file: { key: "import.errors.badUpload" } } };
}

export function importRoutes(deps: RouteDeps): Router {
  const router = Router();
  const { imports } = deps.services;

  const render = (res: Response, values: Record<string, unknown>, errors: FieldErrors = {}) => {
    const t = res.locals.t;
    res.render("projects/import", {
      title: t("import.title"),
      form: formView(res.locals.locale, values, errors, "import"),
      phases: PHASE_KINDS.map((k) => ({ value: k, label: t(`phase.${k}`) })),
      maxMb: MAX_UPLOAD_MB,
    });
  };

  router.get("/", (_req, res) => render(res, { phase: "planning" }));

  router.post("/", async (req, res) => {
    const failed = await receive(req, res);
    const parsed = parseImportForm(req.body ?? {});
    const values = { phase: "planning", ...parsed.values };
    if (failed) {
      const { status, errors } = uploadError(failed);
      res.status(status);
      return render(res, values, errors);
    }
    const file = req.file;
    if (!parsed.ok || !file || file.size === 0) {
      res.status(422);
      return render(res, values, { ...(file && file.size > 0 ? {} : { file: { key: "import.errors.noFile" } }), ...(parsed.ok ? {} : parsed.errors) });
    }
    try {
      const result = await imports.importMspdi({ bytes: file.buffer, fileName: file.originalname }, parsed.value, res.locals.user.id);
      const t = res.locals.t;
      const tasks = t("import.taskCount", { count: result.taskCount });
      const warnings = result.warnings.length;
      flash(res, "import.done", warnings ? t("import.countsWithWarnings", { tasks, warnings: t("import.warningCount", { count: warnings }) }) : tasks);
      res.redirect(303, `/projects/${result.projectId}`);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      res.status(422);
      render(res, values, { file: { key: err.key, params: err.params } });
    }
  });

  return router;
}
