import { expect } from "chai";
import { riskSignals, type RiskInput } from "../../../server/domain/risk-signals";
import { en } from "../../../server/i18n/en";

// Monday–Friday from Mon 2026-03-02; today is Mon 2026-06-01.
const TODAY = "2026-06-01";
const base = (over: Partial<RiskInput> = {}): RiskInput => ({
  today: TODAY,
  calendar: { workingWeek: [1, 2, 3, 4, 5], exceptions: [] },
  projectStart: "2026-03-02",
  goals: [{ baseline: 10 }],
  tasks: [],
  phases: [],
  ...over,
});
const task = (key: string, over: Partial<RiskInput["tasks"][number]> = {}) => ({ key, start: "2026-06-15", finish: "2026-06-19", progress: 0, ...over });
const summary = (input: RiskInput) => riskSignals(input).map((s) => [s.risk, s.level, s.key, s.params]);

describe("domain/risk-signals", () => {
  it("finds nothing in a healthy project", () => {
    expect(riskSignals(base())).to.deep.equal([]);
  });

  describe("R1: no measurable objectives", () => {
    it("signals a project without goals", () => {
      expect(summary(base({ goals: [] }))).to.deep.equal([["R1", "amber", "risks.R1.noGoals", {}]]);
    });

    it("counts the goals without a baseline value (0 is a baseline)", () => {
      const goals = [{ baseline: null }, { baseline: 0 }, { baseline: null }];
      expect(summary(base({ goals }))).to.deep.equal([["R1", "amber", "risks.R1.noBaseline", { count: 2 }]]);
    });
  });

  describe("R7: sign-off overdue by more than a week", () => {
    it("signals an unsigned gate more than 5 working days past its planned date, with the phase, days and date", () => {
      // Fri 2026-05-22 → Mon 2026-06-01: 6 working days.
      const phases = [
        { phase: "planning", signedOff: false, plannedEnd: "2026-05-22" },
        { phase: "foundation", signedOff: false, plannedEnd: "2026-05-25" },
        { phase: "rollout", signedOff: false, plannedEnd: null },
      ];
      expect(summary(base({ phases }))).to.deep.equal([["R7", "red", "risks.R7.signOffLate", { phase: "planning", count: 6, date: "2026-05-22" }]]);
    });

    it("says nothing once the gate is signed off", () => {
      expect(riskSignals(base({ phases: [{ phase: "planning", signedOff: true, plannedEnd: "2026-04-01" }] }))).to.deep.equal([]);
    });
  });

  describe("R8: no mock cutover by the go/no-go", () => {
    it("signals an unfinished RO-03 when RO-06 is 10 working days away or less, not 11", () => {
      const at = (finish: string) => summary(base({ tasks: [task("RO-03", { progress: 60 }), task("RO-06", { start: finish, finish })] }));
      expect(at("2026-06-15")).to.deep.equal([["R8", "red", "risks.R8.noMockCutover", { count: 10, date: "2026-06-15" }]]);
      expect(at("2026-06-16")).to.deep.equal([]);
    });

    it("says the go/no-go was due when its date has come", () => {
      const tasks = [task("RO-03"), task("RO-06", { start: "2026-05-29", finish: "2026-05-29" })];
      expect(summary(base({ tasks }))).to.deep.equal([["R8", "red", "risks.R8.noMockCutoverDue", { date: "2026-05-29" }]]);
    });

    it("is quiet when the mock cutover is done, the go/no-go is decided, or either task is missing; keys match loosely", () => {
      const near = { start: "2026-06-05", finish: "2026-06-05" };
      expect(riskSignals(base({ tasks: [task("RO-03", { progress: 100 }), task("RO-06", near)] }))).to.deep.equal([]);
      expect(riskSignals(base({ tasks: [task("RO-03"), task("RO-06", { ...near, progress: 100 })] }))).to.deep.equal([]);
      expect(riskSignals(base({ tasks: [task("RO-06", near)] }))).to.deep.equal([]);
      expect(summary(base({ tasks: [task(" ro-03 "), task("Ro-06", near)] }))[0][0]).to.equal("R8");
    });
  });

  describe("R9: channels before their processes", () => {
    it("signals RO-05 started or due to have started while FD-02 is unfinished", () => {
      const fd02 = task("FD-02", { progress: 80 });
      expect(summary(base({ tasks: [fd02, task("RO-05", { progress: 10 })] }))).to.deep.equal([["R9", "amber", "risks.R9.channelsBeforeProcesses", {}]]);
      expect(summary(base({ tasks: [fd02, task("RO-05", { start: TODAY })] }))).to.have.length(1);
    });

    it("is quiet when FD-02 is done or RO-05 has not started", () => {
      expect(riskSignals(base({ tasks: [task("FD-02", { progress: 100 }), task("RO-05", { progress: 10 })] }))).to.deep.equal([]);
      expect(riskSignals(base({ tasks: [task("FD-02"), task("RO-05")] }))).to.deep.equal([]);
    });
  });

  it("names each signal's risk and mitigation with catalogue keys, and lists signals in risk order", () => {
    const signals = riskSignals(
      base({
        goals: [],
        phases: [{ phase: "foundation", signedOff: false, plannedEnd: "2026-05-01" }],
        tasks: [task("RO-03"), task("RO-06", { start: "2026-06-03", finish: "2026-06-03" }), task("FD-02"), task("RO-05", { progress: 5 })],
      }),
    );
    expect(signals.map((s) => s.risk)).to.deep.equal(["R1", "R7", "R8", "R9"]);
    for (const s of signals) {
      expect(Object.keys(en)).to.include.members([s.key, s.titleKey, s.mitigationKey]);
    }
  });
});
