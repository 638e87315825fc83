// Comments on tasks and checklist items: POST adds one and returns to the record's edit page; an empty
// comment re-renders the comment form with 422; a task or item of another project is a 404.
import { Router, type Request, type Response } from "express";
import { flash } from "../http/locals";
import { submitForm } from "../http/form-view";
import { parseId } from "../http/errors";
import { parseCommentForm } from "../forms/comments";
import type { CommentSubjectType } from "../domain/types";
import { registerCrumbs } from "./register-pages";
import { recordPanels } from "./activity-view";
import type { RouteDeps } from "./index";

interface Subject {
  type: CommentSubjectType;
  id: number;
  name: string;
  editHref: string;
}

export function commentRoutes(deps: RouteDeps): Router {
  const router = Router({ mergeParams: true });
  const { tasks, checklists, comments } = deps.services;

  async function submit(req: Request, res: Response, subject: Subject): Promise<void> {
    const t = res.locals.t;
    await submitForm(req, res, {
      parse: parseCommentForm,
      labelPrefix: "comments",
      save: async (input) => {
        await comments.add(res.locals.project.id, subject.type, subject.id, input);
        flash(res, "comments.added");
        return `${subject.editHref}#comments`;
      },
      render: async (form) => {
        const title: string = t("comments.pageTitle", { name: subject.name });
        res.render("activity/comment", {
          title,
          crumbs: registerCrumbs(res, { key: "activity.title", href: `${res.locals.projectBase}/activity` }, title),
          form,
          subject,
          ...(await recordPanels(deps.services, res, subject.type, subject.id, form)),
        });
      },
    });
  }

  router.post("/tasks/:taskId/comments", async (req, res) => {
    const task = await tasks.get(res.locals.project.id, parseId(req.params.taskId));
    await submit(req, res, { type: "task", id: task.id, name: task.name, editHref: `${res.locals.projectBase}/tasks/${task.id}/edit` });
  });

  router.post("/checklist/:itemId/comments", async (req, res) => {
    const item = await checklists.get(res.locals.project.id, parseId(req.params.itemId));
    await submit(req, res, { type: "checklist_item", id: item.id, name: item.text, editHref: `${res.locals.projectBase}/checklist/${item.id}/edit` });
  });

  return router;
}
