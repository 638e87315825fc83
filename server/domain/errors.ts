// Domain errors carry an i18n key and params, never a rendered message.

export class DomainError extends Error {
  constructor(
    public readonly key: string,
    public readonly params: Record<string, string | number> = {},
    public readonly field?: string,
  ) {
    super(key);
    this.name = "DomainError";
  }
}

/** A record that does not exist (or not in this project): the edge answers 404. */
export class NotFound extends Error {
  constructor(what = "record") {
    super(`${what} not found`);
    this.name = "NotFound";
  }
}
