// Integration: every change made through the task and settings forms reschedules the project — links,
// typed starts (SNET), manual tasks, MFO dates, kickoff and working week, loops, deletes, critical path.
import { expect } from "chai";
import request from "supertest";
import * as cheerio from "cheerio";
import { Project, Task, TaskLink, type Phase } from "../../entities";
import { translate } from "../../server/i18n";
import type { TaskInput } from "../../server/forms/tasks";
import { testApp, type TestApp } from "../support/app";
import { makeProject, phaseOf } from "../support/factories";
import { formBody, taskInput } from "../support/more-factories";

const en = (key: string, params?: Record<string, unknown>) => translate("en", key, params);

describe("Rescheduling through the forms", () => {
  let t: TestApp;
  let project: Project;
  let planning: Phase;
  let tasksUrl: string;

  beforeEach(async () => {
    t = await testApp();
    project = await makeProject(t.ds); // kickoff Mon 2026-03-02, Monday–Friday
    planning = await phaseOf(t.ds, project.id, "planning");
    tasksUrl = `/projects/${project.id}/tasks`;
  });
  afterEach(() => t.close());

  /** An automatic task created through the service, starting at kickoff unless linked. */
  const task = (name: string, over: Partial<TaskInput> = {}) => t.services.tasks.create(project.id, taskInput(planning.id, { name, startDate: null, ...over }));
  const fs = (predecessorId: number) => [{ predecessorId, type: "FS" as const, lagDays: 0 }];
  const reload = (id: number) => t.ds.getRepository(Task).findOneByOrFail({ id });
  const byName = (name: string) => t.ds.getRepository(Task).findOneByOrFail({ projectId: project.id, name });
  const datesOf = async (id: number) => {
    const x = await reload(id);
    return { start: x.startDate, finish: x.finishDate };
  };

  /** A task-form body as the browser posts it: automatic, ASAP, empty start, 5 days, in planning. */
  const taskForm = (over: Record<string, string> = {}, preds: number[] = []) => {
    const body: Record<string, string> = {
      name: "Vendor demo",
      key: "",
      phaseId: String(planning.id),
      parentId: "",
      manual: "auto",
      constraintType: "ASAP",
      constraintDate: "",
      startDate: "",
      durationDays: "5",
      finishDate: "",
      progress: "0",
      assigneeId: "",
      notes: "",
      ...over,
    };
    preds.forEach((id, i) => Object.assign(body, { [`pred[${i}][taskId]`]: String(id), [`pred[${i}][type]`]: "FS", [`pred[${i}][lag]`]: "" }));
    return body;
  };
  /** The edit-form body of a stored task, as the browser posts it back (its start filled in). */
  const editForm = async (id: number, over: Record<string, string> = {}, preds: number[] = []) => {
    const x = await reload(id);
    return taskForm(
      {
        name: x.name,
        parentId: x.parentId === null ? "" : String(x.parentId),
        manual: x.manual ? "manual" : "auto",
        constraintType: x.constraintType,
        constraintDate: x.constraintDate ?? "",
        startDate: x.startDate,
        durationDays: String(x.durationDays),
        ...over,
      },
      preds,
    );
  };
  const postNew = (body: Record<string, string>) => request(t.app).post(tasksUrl).type("form").send(body).expect(303);
  const postEdit = async (id: number, body: Record<string, string>) => request(t.app).post(`${tasksUrl}/${id}`).type("form").send(body).expect(303);
  const settings = (over: { kickoffDate?: string; workingDays?: string[] }) =>
    request(t.app)
      .post(`/projects/${project.id}/settings`)
      .type("form")
      .send(
        formBody({
          name: project.name,
          clientOrganisation: project.clientOrganisation,
          description: project.description,
          kickoffDate: over.kickoffDate ?? project.kickoffDate,
          workingDays: over.workingDays ?? ["1", "2", "3", "4", "5"],
        }),
      )
      .expect(303)
      .expect("Location", `/projects/${project.id}/settings`);
  const table = async () => cheerio.load((await request(t.app).get(tasksUrl).expect(200)).text);

  describe("links and starts on the task form", () => {
    it("places a new successor with a finish-to-start link right after its predecessor", async () => {
      const a = await task("Kick-off", { durationDays: 5 });
      await postNew(taskForm({ name: "Configure pipeline", durationDays: "3" }, [a.id]));
      const b = await byName("Configure pipeline");
      expect(b).to.include({ startDate: "2026-03-09", finishDate: "2026-03-11", durationDays: 3, constraintType: "ASAP", constraintDate: null, manual: false });
      expect((await t.ds.getRepository(TaskLink).findBy({ successorId: b.id })).map((l) => [l.predecessorId, l.type, l.lagDays])).to.deep.equal([[a.id, "FS", 0]]);
    });

    it("turns a start typed on a new automatic ASAP task into 'start no earlier than' that date", async () => {
      await postNew(taskForm({ name: "Vendor demo", startDate: "2026-03-11", durationDays: "3" }));
      expect(await byName("Vendor demo")).to.include({ constraintType: "SNET", constraintDate: "2026-03-11", startDate: "2026-03-11", finishDate: "2026-03-13" });
    });

    it("turns a changed start on an existing ASAP task into SNET, but keeps ASAP when the start is posted back unchanged", async () => {
      const a = await task("Vendor demo", { durationDays: 3 });
      await postEdit(a.id, await editForm(a.id, { notes: "Agenda sent" }));
      expect(await reload(a.id)).to.include({ constraintType: "ASAP", constraintDate: null, startDate: "2026-03-02", notes: "Agenda sent" });
      await postEdit(a.id, await editForm(a.id, { startDate: "2026-03-16" }));
      expect(await reload(a.id)).to.include({ constraintType: "SNET", constraintDate: "2026-03-16", startDate: "2026-03-16", finishDate: "2026-03-18" });
    });

    it("lets a predecessor that finishes later win over a typed start", async () => {
      const a = await task("Kick-off", { durationDays: 5 });
      await postNew(taskForm({ name: "Vendor demo", startDate: "2026-03-04", durationDays: "2" }, [a.id]));
      expect(await byName("Vendor demo")).to.include({ constraintType: "SNET", constraintDate: "2026-03-04", startDate: "2026-03-09", finishDate: "2026-03-10" });
    });

    it("starts a new automatic task with an empty start at the project's kickoff", async () => {
      const wed = await makeProject(t.ds, { name: "Wednesday kickoff", kickoffDate: "2026-03-04" });
      const phase = await phaseOf(t.ds, wed.id, "planning");
      await request(t.app)
        .post(`/projects/${wed.id}/tasks`)
        .type("form")
        .send(taskForm({ name: "Kick-off workshop", phaseId: String(phase.id), durationDays: "5" }))
        .expect(303);
      // Wed 4, Thu 5, Fri 6, Mon 9, Tue 10.
      expect(await t.ds.getRepository(Task).findOneByOrFail({ projectId: wed.id })).to.include({
        startDate: "2026-03-04",
        finishDate: "2026-03-10",
        constraintType: "ASAP",
        constraintDate: null,
      });
    });

    it("keeps a manual task on its start even when its predecessor finishes later", async () => {
      const a = await task("Kick-off", { durationDays: 5 });
      await postNew(taskForm({ name: "Vendor call", manual: "manual", startDate: "2026-03-04", durationDays: "2" }, [a.id]));
      const m = await byName("Vendor call");
      expect(m).to.include({ manual: true, constraintType: "ASAP", startDate: "2026-03-04", finishDate: "2026-03-05" });
      await postEdit(a.id, await editForm(a.id, { durationDays: "8" }));
      expect(await datesOf(a.id)).to.deep.equal({ start: "2026-03-02", finish: "2026-03-11" });
      expect(await datesOf(m.id)).to.deep.equal({ start: "2026-03-04", finish: "2026-03-05" });
    });

    it("keeps a new manual task whose start is before the kickoff on that start", async () => {
      await postNew(taskForm({ name: "Pre-sales handover", manual: "manual", startDate: "2026-02-25", durationDays: "2" }));
      expect(await byName("Pre-sales handover")).to.include({ manual: true, startDate: "2026-02-25", finishDate: "2026-02-26" });
    });
  });

  describe("constraints", () => {
    it("gives negative slack and a violated flag to a must-finish-on date earlier than the links allow, and shows it as late", async () => {
      const a = await task("Kick-off", { durationDays: 5 });
      // The link would finish it Wed 11 Mar; it must finish Tue 10 Mar, so it starts Fri 6 Mar, one day short.
      await postNew(taskForm({ name: "Go/no-go", durationDays: "3", constraintType: "MFO", constraintDate: "2026-03-10" }, [a.id]));
      const b = await byName("Go/no-go");
      expect(b).to.include({
        constraintType: "MFO",
        constraintDate: "2026-03-10",
        startDate: "2026-03-06",
        finishDate: "2026-03-10",
        lateFinish: "2026-03-10",
        totalSlack: -1,
        critical: true,
        constraintViolated: true,
      });
      expect(await reload(a.id)).to.include({ totalSlack: -1, critical: true, constraintViolated: false, lateFinish: "2026-03-05" });

      const $ = await table();
      expect($(`#task-${b.id}`).hasClass("row--late")).to.equal(true);
      expect($(`#task-${b.id} td.slack`).text().trim()).to.match(/^-1 d\b/);
      const badge = $(`#task-${b.id} td.slack .badge--danger`);
      expect(badge.length).to.equal(1);
      expect(badge.attr("title")).to.equal(en("tasks.violated"));
      expect(badge.find('[aria-hidden="true"]').text()).to.equal("×");
      expect($(`#task-${a.id}`).hasClass("row--late")).to.equal(false);
      expect($(`#task-${a.id} .badge--danger`).length).to.equal(0);
    });

    it("dates a must-finish-on before the kickoff on that date, with negative slack and the violated flag", async () => {
      await postNew(taskForm({ name: "Contract signed", durationDays: "2", constraintType: "MFO", constraintDate: "2026-02-27" }));
      expect(await byName("Contract signed")).to.include({ startDate: "2026-02-26", finishDate: "2026-02-27", totalSlack: -2, constraintViolated: true });
    });

    it("clears the violation when the must-finish-on date moves late enough", async () => {
      const a = await task("Kick-off", { durationDays: 5 });
      await postNew(taskForm({ name: "Go/no-go", durationDays: "3", constraintType: "MFO", constraintDate: "2026-03-10" }, [a.id]));
      const b = await byName("Go/no-go");
      await postEdit(b.id, await editForm(b.id, { constraintDate: "2026-03-11" }, [a.id]));
      expect(await reload(b.id)).to.include({ startDate: "2026-03-09", finishDate: "2026-03-11", totalSlack: 0, constraintViolated: false });
      expect((await table())(`#task-${b.id} .badge--danger`).length).to.equal(0);
    });
  });

  describe("project settings", () => {
    it("moves every automatic task when the kickoff changes, SNET dates before it included", async () => {
      const a = await task("Kick-off", { durationDays: 5 });
      const b = await task("Configure pipeline", { durationDays: 3, predecessors: fs(a.id) });
      const c = await task("Vendor demo", { startDate: "2026-03-04", durationDays: 2 }); // SNET 4 Mar
      await settings({ kickoffDate: "2026-03-16" });

      expect((await t.ds.getRepository(Project).findOneByOrFail({ id: project.id })).kickoffDate).to.equal("2026-03-16");
      expect(await datesOf(a.id)).to.deep.equal({ start: "2026-03-16", finish: "2026-03-20" });
      expect(await datesOf(b.id)).to.deep.equal({ start: "2026-03-23", finish: "2026-03-25" });
      expect(await datesOf(c.id)).to.deep.equal({ start: "2026-03-16", finish: "2026-03-17" });
    });

    it("leaves a manual task where it is when the kickoff moves past it", async () => {
      const a = await task("Kick-off", { durationDays: 5 });
      const m = await task("Board meeting", { manual: true, startDate: "2026-03-03", durationDays: 2 });
      await settings({ kickoffDate: "2026-03-16" });
      expect(await datesOf(a.id)).to.deep.equal({ start: "2026-03-16", finish: "2026-03-20" });
      expect(await datesOf(m.id)).to.deep.equal({ start: "2026-03-03", finish: "2026-03-04" });
    });

    it("moves finishes onto the new working days when the week becomes Saturday–Wednesday", async () => {
      const a = await task("Kick-off", { durationDays: 5 });
      const b = await task("Configure pipeline", { durationDays: 4, predecessors: fs(a.id) });
      expect(await datesOf(a.id)).to.deep.equal({ start: "2026-03-02", finish: "2026-03-06" });
      expect(await datesOf(b.id)).to.deep.equal({ start: "2026-03-09", finish: "2026-03-12" });

      await settings({ workingDays: ["6", "7", "1", "2", "3"] });
      expect((await t.ds.getRepository(Project).findOneByOrFail({ id: project.id })).workingDays).to.equal("1,2,3,6,7");
      // Mon 2, Tue 3, Wed 4, Sat 7, Sun 8; then Mon 9, Tue 10, Wed 11, Sat 14.
      expect(await datesOf(a.id)).to.deep.equal({ start: "2026-03-02", finish: "2026-03-08" });
      expect(await datesOf(b.id)).to.deep.equal({ start: "2026-03-09", finish: "2026-03-14" });
    });
  });

  describe("loops through a summary task", () => {
    /** Posts the edit, expects 422 with the loop message beside the predecessors, and no task or link changed. */
    async function refusedLoop(taskId: number, body: Record<string, string>, loop: string) {
      const tasksBefore = await t.ds.getRepository(Task).find({ order: { id: "ASC" } });
      const linksBefore = await t.ds.getRepository(TaskLink).find({ order: { id: "ASC" } });
      const res = await request(t.app).post(`${tasksUrl}/${taskId}`).type("form").send(body).expect(422);
      const $ = cheerio.load(res.text);
      expect($("#field-predecessors .field__error").text()).to.equal(en("links.errors.cycle", { loop }));
      expect($("#field-name").val()).to.equal(body.name);
      expect(await t.ds.getRepository(Task).find({ order: { id: "ASC" } })).to.deep.equal(tasksBefore);
      expect(await t.ds.getRepository(TaskLink).find({ order: { id: "ASC" } })).to.deep.equal(linksBefore);
    }

    it("refuses a link into a summary from a task that follows the summary's own subtask, naming the loop", async () => {
      const s = await task("Workshops");
      const s1 = await task("Sales workshop", { parentId: s.id, durationDays: 3 });
      await task("Sign-off", { durationDays: 1, predecessors: fs(s1.id) });
      const signOff = await byName("Sign-off");
      await refusedLoop(s.id, await editForm(s.id, { name: "Workshops (all)", notes: "Changed" }, [signOff.id]), "Sign-off → Sales workshop → Sign-off");
    });

    it("refuses a summary as predecessor of a task that precedes the summary's own subtask, naming the loop with the posted name", async () => {
      const s = await task("Workshops");
      const x = await task("Data import", { durationDays: 2 });
      await task("Sales workshop", { parentId: s.id, durationDays: 3, predecessors: fs(x.id) });
      await refusedLoop(x.id, await editForm(x.id, { name: "Data import v2", durationDays: "4" }, [s.id]), "Data import v2 → Sales workshop → Workshops → Data import v2");
    });
  });

  describe("deleting and the critical path", () => {
    it("pulls a successor earlier when its predecessor is deleted", async () => {
      const a = await task("Kick-off", { durationDays: 5 });
      const b = await task("Configure pipeline", { durationDays: 3, predecessors: fs(a.id) });
      expect(await datesOf(b.id)).to.deep.equal({ start: "2026-03-09", finish: "2026-03-11" });
      await request(t.app).post(`${tasksUrl}/${a.id}/delete`).expect(303);
      expect(await t.ds.getRepository(TaskLink).count()).to.equal(0);
      expect(await reload(b.id)).to.include({ startDate: "2026-03-02", finishDate: "2026-03-04", totalSlack: 0, critical: true });
    });

    it("marks the chain A → B critical and gives a short parallel task C positive slack", async () => {
      const a = await task("Kick-off", { durationDays: 5 });
      const b = await task("Configure pipeline", { durationDays: 3, predecessors: fs(a.id) });
      const c = await task("Order licences", { durationDays: 2 });
      // The project ends Wed 11 Mar; C may finish as late as that, 6 working days after Tue 3 Mar.
      expect(await reload(a.id)).to.include({ critical: true, totalSlack: 0, freeSlack: 0 });
      expect(await reload(b.id)).to.include({ critical: true, totalSlack: 0, freeSlack: 0 });
      expect(await reload(c.id)).to.include({
        critical: false,
        totalSlack: 6,
        freeSlack: 6,
        earlyStart: "2026-03-02",
        earlyFinish: "2026-03-03",
        lateStart: "2026-03-10",
        lateFinish: "2026-03-11",
      });
      const $ = await table();
      expect([a, b, c].map((x) => $(`#task-${x.id}`).hasClass("row--critical"))).to.deep.equal([true, true, false]);
      expect([a, b, c].map((x) => $(`#task-${x.id} .badge--critical`).length)).to.deep.equal([1, 1, 0]);
      expect($(`#task-${c.id} td.slack`).text().trim()).to.equal("6 d");
    });
  });
});
