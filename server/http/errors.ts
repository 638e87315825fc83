// HTTP errors carry a status and an i18n key for the error page.

export class HttpError extends Error {
  constructor(
    public readonly status: number,
    public readonly titleKey: string,
    public readonly bodyKey: string,
    public readonly params: Record<string, string | number> = {},
  ) {
    super(`${status} ${titleKey}`);
  }
}

export class NotFoundError extends HttpError {
  constructor() {
    super(404, "error.notFound.title", "error.notFound.body");
  }
}

export class BadRequestError extends HttpError {
  constructor(bodyKey = "error.badRequest.body", params: Record<string, string | number> = {}) {
    super(400, "error.badRequest.title", bodyKey, params);
  }
}

export class ConflictError extends HttpError {
  constructor(bodyKey: string, params: Record<string, string | number> = {}) {
    super(409, "error.conflict.title", bodyKey, params);
  }
}

/** Parses a route id parameter; anything but a positive integer is a 404. */
export function parseId(raw: unknown): number {
  const s = String(raw ?? "");
  if (!/^[1-9]\d{0,9}$/.test(s)) throw new NotFoundError();
  const n = Number(s);
  if (n > 2_147_483_647) throw new NotFoundError();
  return n;
}
