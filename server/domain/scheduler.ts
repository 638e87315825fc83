// Critical Path Method over a working-day calendar (being written; see schedule-types.ts for the contract).
import type { ScheduleInput, ScheduleResult } from "./schedule-types";

export function schedule(_input: ScheduleInput): ScheduleResult {
  throw new Error("not implemented yet");
}
