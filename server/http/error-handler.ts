// The one error handler: known HTTP and domain errors get their status; anything else is a logged 500.
import type { ErrorRequestHandler, RequestHandler } from "express";
import { HttpError, NotFoundError } from "./errors";
import { DomainError, NotFound } from "../domain/errors";
import { translate, type Locale } from "../i18n";

export const notFoundHandler: RequestHandler = (_req, _res, next) => next(new NotFoundError());

export function errorHandler(opts: { showStack: boolean; log: (err: unknown) => void }): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const locale: Locale = res.locals.locale ?? "en";
    let status = 500;
    let title = translate(locale, "error.server.title");
    let body = translate(locale, "error.server.body");
    if (err instanceof NotFound) err = new NotFoundError();
    if (err instanceof HttpError) {
      status = err.status;
      title = translate(locale, err.titleKey);
      body = translate(locale, err.bodyKey, err.params);
    } else if (err instanceof DomainError) {
      status = 422;
      title = translate(locale, "error.badRequest.title");
      body = translate(locale, err.key, err.params);
    } else if (isClientError(err)) {
      // Body-parser limits, malformed bodies, undecodable URL parameters: the client's fault, never a 500.
      status = (err as { status: number }).status;
      title = translate(locale, "error.badRequest.title");
      body = translate(locale, "error.badRequest.body");
    } else {
      opts.log(err);
    }
    if (res.headersSent) return;
    res.status(status);
    const stack = status === 500 && opts.showStack && err instanceof Error ? err.stack : undefined;
    if (req.accepts(["html", "json"]) === "json") {
      res.json({ error: title, message: body });
      return;
    }
    res.render("errors/error", { title, body, status, stack });
  };
}

function isClientError(err: unknown): boolean {
  const e = err as { status?: unknown };
  return typeof e?.status === "number" && e.status >= 400 && e.status < 500;
}
