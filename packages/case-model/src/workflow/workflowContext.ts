import type { ClockRun } from '../deadlines/clockRun.ts';

/**
 * What `decide` needs from outside: the deadline engine's answer to "is this window still open?".
 * The workflow never counts days itself.
 */
export interface WorkflowContext {
  /**
   * True while `run` still admits an act at the instant `at`, i.e. `at` falls on or before the
   * run's due date (working days, rest days and pauses counted by the engine). Wiring with the
   * deadline engine, for example:
   * `(run, at) => shanghaiDate(at) <= evaluateClock(run, { calendar, now: at }).dueDate`.
   */
  readonly windowOpen: (run: ClockRun, at: string) => boolean;
}
