import type { CivilDate } from '../calendar/civilDate.ts';
import { addDays, diffDays } from '../calendar/civilDate.ts';
import type { WorkCalendar } from '../calendar/createWorkCalendar.ts';
import { shanghaiDate } from '../calendar/shanghaiDate.ts';
import type { ClockEvaluation, ClockState, ClockWarning } from './clockEvaluation.ts';
import type { ClockRun } from './clockRun.ts';
import { computeDueDate } from './computeDueDate.ts';
import type { DayCountingRules } from './dayCountingRules.ts';
import { defaultDayCountingRules } from './dayCountingRules.ts';
import { pausedDates } from './pausedDates.ts';

/** What `evaluateClock` needs besides the clock: the calendar, the rules and the current instant. */
export interface EvaluateClockOptions {
  readonly calendar: WorkCalendar;
  /** Day-counting rules; missing fields take `defaultDayCountingRules`. */
  readonly rules?: Partial<DayCountingRules>;
  /** The current ISO instant, given by the caller (case-model reads no clock). */
  readonly now: string;
}

/**
 * Evaluates one clock at `now`: due date (with its explanation), state, elapsed fraction and warning.
 * Throws a RangeError on a malformed instant or date, or a length that is not a whole number ≥ 0.
 *
 * - A recorded stop or open pause is taken as a fact even when dated after `now`.
 * - Elapsed = counted days from the day after the start through today (or the stop date), over the
 *   counted days up to the due date; counted days are working days for working-day clocks, calendar
 *   days otherwise, never paused days. Past the due date each calendar day adds one more.
 * - Warning: 'overdue' once today is after the due date and the clock is not stopped; else 'warn90'
 *   / 'warn75' from the configured fractions; always 'none' for a stopped clock.
 */
export function evaluateClock(run: ClockRun, options: EvaluateClockOptions): ClockEvaluation {
  const rules: DayCountingRules = { ...defaultDayCountingRules, ...options.rules };
  const today = shanghaiDate(options.now);
  const stopDate = run.stoppedAt === undefined ? undefined : shanghaiDate(run.stoppedAt);
  const paused = pausedDates(run, stopDate ?? today);
  const due = computeDueDate(run, options.calendar, rules, paused);

  const state: ClockState =
    stopDate !== undefined
      ? 'stopped'
      : run.pauses.some((p) => p.to === undefined)
        ? 'paused'
        : 'running';
  const reference = stopDate ?? today;
  const countThrough = (last: CivilDate): number => {
    let counted = 0;
    for (let date = addDays(due.baseDate, 1); date <= last; date = addDays(date, 1)) {
      if (due.counts(date)) counted += 1;
    }
    return counted;
  };
  const total = Math.max(1, countThrough(due.dueDate));
  const elapsed =
    reference <= due.dueDate ? countThrough(reference) : total + diffDays(reference, due.dueDate);
  const elapsedRatio = elapsed / total;

  let warning: ClockWarning = 'none';
  const tolerance = 1e-9;
  if (state === 'stopped') warning = 'none';
  else if (today > due.dueDate) warning = 'overdue';
  else if (elapsedRatio >= rules.warn90At - tolerance) warning = 'warn90';
  else if (elapsedRatio >= rules.warn75At - tolerance) warning = 'warn75';

  return {
    id: run.id,
    kind: run.kind,
    dueDate: due.dueDate,
    state,
    elapsedRatio,
    warning,
    ...(stopDate === undefined ? {} : { stoppedOnTime: stopDate <= due.dueDate }),
    missingCalendarYears: due.missingCalendarYears,
    explanation: due.steps,
  };
}
