// Shared pieces of the register pages (people, goals, resources, expectations): breadcrumbs,
// the id route parameter and the generic confirm-delete page (views/shared/confirm-delete.hbs).
import type { Request, Response } from "express";
import { parseId } from "../http/errors";

export interface Crumb {
  label: string;
  href?: string;
}

/** Project › register (linked) › current page; without current the register is the last, unlinked crumb. */
export function registerCrumbs(res: Response, register: { key: string; href: string }, current?: string): Crumb[] {
  const crumbs: Crumb[] = [{ label: res.locals.project.name, href: res.locals.projectBase }];
  const label: string = res.locals.t(register.key);
  if (current === undefined) return [...crumbs, { label }];
  return [...crumbs, { label, href: register.href }, { label: current }];
}

/** The named route parameter as a positive integer id; anything else is a 404. */
export function idParam(req: Request, name: string): number {
  return parseId((req.params as Record<string, string>)[name]);
}

/**
 * Renders the confirmation page shown before a delete: heading, warning text (say what goes with the
 * record and that it cannot be undone), the URL the confirming POST goes to and the URL Cancel returns to.
 */
export function renderConfirmDelete(
  res: Response,
  page: { heading: string; warning: string; action: string; cancel: string; crumbs?: Crumb[] },
): void {
  res.render("shared/confirm-delete", { title: page.heading, ...page });
}
