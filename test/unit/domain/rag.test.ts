import { expect } from "chai";
import { phaseRag, plannedPhaseEnd, projectRag, workingDaysLate, type PhaseRagInput, type RagTask } from "../../../server/domain/rag";
import { WorkCalendar } from "../../../server/domain/work-calendar";

// Monday–Friday from Mon 2026-03-02; "today" is Mon 2026-03-16 unless a test says otherwise.
const WEEK = { workingWeek: [1, 2, 3, 4, 5], exceptions: [] };
const cal = new WorkCalendar(WEEK, "2026-03-02");
const TODAY = "2026-03-16";

const task = (over: Partial<RagTask> = {}): RagTask => ({
  start: "2026-03-16",
  finish: "2026-03-20",
  durationDays: 5,
  progress: 10,
  critical: false,
  baselineFinish: null,
  ...over,
});
const phase = (over: Partial<PhaseRagInput> = {}): PhaseRagInput => ({
  phase: "planning",
  tasks: [task()],
  gate: { signedOff: false, plannedEnd: null },
  overdueChecklistItems: 0,
  ...over,
});
const rag = (input: PhaseRagInput, today = TODAY) => phaseRag(input, today, cal);
const keys = (r: { reasons: { key: string }[] }) => r.reasons.map((x) => x.key);

describe("domain/rag", () => {
  describe("phase status", () => {
    it("is green with no reasons when work runs to plan", () => {
      const r = rag(phase({ tasks: [task({ progress: 100, start: "2026-03-02", finish: "2026-03-06" }), task()] }));
      expect(r.status).to.equal("green");
      expect(r.reasons).to.deep.equal([]);
      expect(r.forecastFinish).to.equal("2026-03-20");
      expect(r.slipDays).to.equal(null);
    });

    it("is red when a critical task is overdue, counting each overdue critical task once", () => {
      const late = { start: "2026-03-02", finish: "2026-03-13", progress: 50, critical: true };
      const r = rag(phase({ tasks: [task(late), task(late), task()] }));
      expect(r.status).to.equal("red");
      expect(r.reasons).to.deep.equal([{ level: "red", key: "rag.reason.criticalOverdue", params: { count: 2 } }]);
    });

    it("is amber when a task off the critical path is overdue; finished tasks and tasks due today are not overdue", () => {
      const r = rag(
        phase({
          tasks: [
            task({ start: "2026-03-02", finish: "2026-03-13", progress: 90 }),
            task({ start: "2026-03-02", finish: "2026-03-13", progress: 100, critical: true }),
            task({ start: "2026-03-09", finish: TODAY, progress: 0, critical: true }),
          ],
        }),
      );
      expect(r.status).to.equal("amber");
      expect(r.reasons).to.deep.equal([{ level: "amber", key: "rag.reason.tasksOverdue", params: { count: 1 } }]);
    });

    it("lists overdue critical and other tasks as separate reasons, red overall", () => {
      const r = rag(phase({ tasks: [task({ finish: "2026-03-13", critical: true }), task({ finish: "2026-03-12" })] }));
      expect(r.status).to.equal("red");
      expect(keys(r)).to.deep.equal(["rag.reason.criticalOverdue", "rag.reason.tasksOverdue"]);
    });

    it("is amber when the forecast finish slips 1–10 working days past the baseline and red beyond 10", () => {
      // Baseline finish Fri 2026-03-20; the latest current finish decides the forecast.
      const slip = (finish: string) => rag(phase({ tasks: [task({ baselineFinish: "2026-03-20", finish }), task({ finish: "2026-03-18", baselineFinish: "2026-03-18" })] }));
      expect(slip("2026-03-20").reasons).to.deep.equal([]);
      expect(slip("2026-03-23")).to.deep.include({ status: "amber", slipDays: 1, baselineFinish: "2026-03-20", forecastFinish: "2026-03-23" });
      expect(slip("2026-04-03").reasons).to.deep.equal([{ level: "amber", key: "rag.reason.slip", params: { count: 10 } }]);
      expect(slip("2026-04-06").reasons).to.deep.equal([{ level: "red", key: "rag.reason.slip", params: { count: 11 } }]);
      expect(slip("2026-04-06").status).to.equal("red");
    });

    it("measures no slip once every task is done, and none for a phase ahead of its baseline", () => {
      const done = rag(phase({ tasks: [task({ start: "2026-03-02", finish: "2026-03-13", progress: 100, baselineFinish: "2026-03-06" })] }));
      expect(done).to.deep.include({ status: "green", slipDays: 5 });
      const ahead = rag(phase({ tasks: [task({ baselineFinish: "2026-03-27" })] }));
      expect(ahead).to.deep.include({ status: "green", slipDays: -5 });
    });

    it("is amber when an unsigned gate is 1–5 working days past its planned date and red beyond 5", () => {
      const done = [task({ start: "2026-03-02", finish: "2026-03-06", progress: 100 })];
      const gate = (today: string) => rag(phase({ tasks: done, gate: { signedOff: false, plannedEnd: "2026-03-06" } }), today);
      expect(gate("2026-03-06").reasons).to.deep.equal([]);
      // Fri 03-06 → Mon 03-09 is 1 working day; the weekend does not count.
      expect(gate("2026-03-08").reasons).to.deep.equal([]);
      expect(gate("2026-03-09").reasons).to.deep.equal([{ level: "amber", key: "rag.reason.gateLate", params: { count: 1, date: "2026-03-06" } }]);
      expect(gate("2026-03-13").reasons).to.deep.equal([{ level: "amber", key: "rag.reason.gateLate", params: { count: 5, date: "2026-03-06" } }]);
      expect(gate("2026-03-16").reasons).to.deep.equal([{ level: "red", key: "rag.reason.gateLate", params: { count: 6, date: "2026-03-06" } }]);
    });

    it("ignores the gate date once the gate is signed off", () => {
      const r = rag(phase({ tasks: [task({ start: "2026-03-02", finish: "2026-03-06", progress: 100 })], gate: { signedOff: true, plannedEnd: "2026-03-02" } }));
      expect(r.status).to.equal("green");
    });

    it("is amber with more than 3 overdue checklist items, not with 3", () => {
      expect(rag(phase({ overdueChecklistItems: 3 })).reasons).to.deep.equal([]);
      expect(rag(phase({ overdueChecklistItems: 4 })).reasons).to.deep.equal([{ level: "amber", key: "rag.reason.checklistOverdue", params: { count: 4 } }]);
    });

    it("is green for a phase not started and not yet due, even when its forecast slips", () => {
      const r = rag(phase({ tasks: [task({ start: "2026-04-06", finish: "2026-05-29", progress: 0, baselineFinish: "2026-04-30" })], gate: { signedOff: false, plannedEnd: "2026-04-30" } }));
      expect(r).to.deep.include({ status: "green", slipDays: 21 });
      expect(r.reasons).to.deep.equal([{ level: "green", key: "rag.reason.notStarted", params: { date: "2026-04-06" } }]);
    });

    it("judges a future phase by the rules once something in it is overdue or started", () => {
      const future = { start: "2026-04-06", finish: "2026-05-29", progress: 0, baselineFinish: "2026-04-30" };
      expect(rag(phase({ tasks: [task(future)], overdueChecklistItems: 4 })).status).to.equal("red");
      expect(keys(rag(phase({ tasks: [task({ ...future, progress: 5 })] })))).to.deep.equal(["rag.reason.slip"]);
    });

    it("is green with no reasons for a phase without tasks", () => {
      expect(rag(phase({ tasks: [] }))).to.deep.include({ status: "green", reasons: [], forecastFinish: null, slipDays: null });
    });
  });

  describe("project status", () => {
    it("is the worst of its phases, with every amber and red reason tagged with its phase", () => {
      const r = projectRag({
        today: TODAY,
        calendar: WEEK,
        projectStart: "2026-03-02",
        phases: [
          phase({ phase: "planning", tasks: [task({ finish: "2026-03-13" })] }),
          phase({ phase: "foundation", tasks: [task({ finish: "2026-03-13", critical: true })] }),
          phase({ phase: "rollout", tasks: [task({ start: "2026-05-04", finish: "2026-05-08", progress: 0 })] }),
        ],
      });
      expect(r.status).to.equal("red");
      expect(r.phases.map((p) => p.status)).to.deep.equal(["amber", "red", "green"]);
      expect(r.reasons).to.deep.equal([
        { phase: "planning", level: "amber", key: "rag.reason.tasksOverdue", params: { count: 1 } },
        { phase: "foundation", level: "red", key: "rag.reason.criticalOverdue", params: { count: 1 } },
      ]);
    });

    it("is green when every phase is", () => {
      const r = projectRag({ today: TODAY, calendar: WEEK, projectStart: "2026-03-02", phases: [phase(), phase({ phase: "rollout", tasks: [] })] });
      expect(r).to.deep.include({ status: "green", reasons: [] });
    });
  });

  describe("helpers", () => {
    it("workingDaysLate counts working days after the date up to today, skipping holidays", () => {
      expect(workingDaysLate(cal, "2026-03-06", "2026-03-06")).to.equal(0);
      expect(workingDaysLate(cal, "2026-03-06", "2026-03-02")).to.equal(0);
      expect(workingDaysLate(cal, "2026-03-06", "2026-03-10")).to.equal(2);
      const holidays = new WorkCalendar({ workingWeek: [1, 2, 3, 4, 5], exceptions: [{ date: "2026-03-09", working: false }] }, "2026-03-02");
      expect(workingDaysLate(holidays, "2026-03-06", "2026-03-10")).to.equal(1);
    });

    it("plannedPhaseEnd is the latest baseline finish when there is one, else the latest current finish", () => {
      expect(plannedPhaseEnd([task({ finish: "2026-03-20", baselineFinish: "2026-03-13" }), task({ finish: "2026-03-18", baselineFinish: "2026-03-16" })])).to.equal("2026-03-16");
      expect(plannedPhaseEnd([task({ finish: "2026-03-20" }), task({ finish: "2026-03-27" })])).to.equal("2026-03-27");
      expect(plannedPhaseEnd([])).to.equal(null);
    });
  });
});
