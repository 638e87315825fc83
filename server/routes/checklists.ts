// Checklist item actions: edit, one-click done toggle, delete; custom category deletion.
import { Router, type Response } from "express";
import { flash } from "../http/locals";
import { formView, submitForm, type FormView } from "../http/form-view";
import { parseId } from "../http/errors";
import { parseChecklistItemEditForm } from "../forms/checklists";
import type { ChecklistItem, Project } from "../../entities";
import type { RouteDeps } from "./index";
import { categoryOptions } from "./checklist-view";
import { can } from "../domain/permissions";
import { recordPanels } from "./activity-view";

/** A "back" URL from the form, accepted only when it is a page of this project (no open redirect). */
function insideProject(res: Response, back: unknown): string | null {
  if (typeof back !== "string") return null;
  const base: string = res.locals.projectBase;
  return back === base || (back.startsWith(`${base}/`) && !back.includes("//")) ? back : null;
}

/** The edit form's values for a stored checklist item. */
function itemValues(item: ChecklistItem): Record<string, unknown> {
  return {
    text: item.text,
    categoryId: String(item.categoryId),
    ownerId: item.ownerId === null ? "" : String(item.ownerId),
    dueDate: item.dueDate ?? "",
    note: item.note,
    done: item.done ? "on" : "",
    doneById: item.doneById === null ? "" : String(item.doneById),
  };
}

export function checklistRoutes(deps: RouteDeps): Router {
  const router = Router({ mergeParams: true });
  const { checklists, members } = deps.services;

  const phaseUrl = (res: Response, item: ChecklistItem) => `${res.locals.projectBase}/phases/${item.phase.kind}`;

  async function renderEdit(res: Response, item: ChecklistItem, form: FormView): Promise<void> {
    const project: Project = res.locals.project;
    const [categories, people, panels] = await Promise.all([
      checklists.categories(project.id),
      members.list(project.id),
      recordPanels(deps.services, res, "checklist_item", item.id),
    ]);
    const t = res.locals.t;
    res.render("checklists/edit", {
      title: t("checklist.editItem"),
      item,
      form,
      phaseHref: phaseUrl(res, item),
      phaseLabel: t(`phase.${item.phase.kind}`),
      categoryOptions: categoryOptions(categories, t),
      memberOptions: people.map((p) => ({ value: p.id, label: p.name })),
      ...panels,
    });
  }

  router.get("/:itemId/edit", async (req, res) => {
    const item = await checklists.get(res.locals.project.id, parseId(req.params.itemId));
    const values = itemValues(item);
    await renderEdit(res, item, formView(res.locals.locale, values));
  });

  router.post("/:itemId", async (req, res) => {
    const projectId = res.locals.project.id;
    const item = await checklists.get(projectId, parseId(req.params.itemId));
    if (!can(res.locals.actor, "plan.edit")) {
      // A member ticks and annotates their own item; its text, category, owner and due date stay.
      const body = (req.body ?? {}) as Record<string, unknown>;
      req.body = { ...itemValues(item), done: body.done, note: body.note, doneById: body.doneById };
    }
    await submitForm(req, res, {
      parse: parseChecklistItemEditForm,
      labelPrefix: "checklist",
      save: async (input) => {
        await checklists.update(projectId, item.id, input, deps.now());
        flash(res, "common.saved");
        return `${phaseUrl(res, item)}#item-${item.id}`;
      },
      render: (form) => renderEdit(res, item, form),
    });
  });

  router.post("/:itemId/toggle", async (req, res) => {
    const projectId = res.locals.project.id;
    const item = await checklists.get(projectId, parseId(req.params.itemId));
    await checklists.toggle(projectId, item.id, deps.now());
    const back = insideProject(res, req.body?.back) ?? phaseUrl(res, item);
    res.redirect(303, `${back}#item-${item.id}`);
  });

  router.get("/:itemId/delete", async (req, res) => {
    const item = await checklists.get(res.locals.project.id, parseId(req.params.itemId));
    const t = res.locals.t;
    res.render("shared/confirm-delete", {
      title: t("common.deleteConfirmTitle", { name: item.text }),
      heading: t("common.deleteConfirmTitle", { name: item.text }),
      warning: t("common.deleteConfirmBody"),
      action: `${res.locals.projectBase}/checklist/${item.id}/delete`,
      cancel: phaseUrl(res, item),
    });
  });

  router.post("/:itemId/delete", async (req, res) => {
    const item = await checklists.delete(res.locals.project.id, parseId(req.params.itemId));
    flash(res, "checklist.itemDeleted");
    res.redirect(303, `${res.locals.projectBase}/phases/${item.phase.kind}#checklists`);
  });

  router.post("/categories/:categoryId/delete", async (req, res) => {
    await checklists.deleteCategory(res.locals.project.id, parseId(req.params.categoryId));
    flash(res, "checklist.categoryDeleted");
    const back = insideProject(res, req.body?.back) ?? res.locals.projectBase;
    res.redirect(303, back);
  });

  return router;
}
