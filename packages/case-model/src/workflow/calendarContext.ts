import type { WorkCalendar } from '../calendar/createWorkCalendar.ts';
import { shanghaiDate } from '../calendar/shanghaiDate.ts';
import type { DayCountingRules } from '../deadlines/dayCountingRules.ts';
import { evaluateClock } from '../deadlines/evaluateClock.ts';
import type { WorkflowContext } from './workflowContext.ts';

/**
 * The workflow's deadline windows computed by the deadline engine: an act at `at` is within a
 * window when its Shanghai date is on or before the clock's due date.
 */
export function calendarContext(
  calendar: WorkCalendar,
  rules?: Partial<DayCountingRules>,
): WorkflowContext {
  return {
    windowOpen(run, at) {
      const evaluation = evaluateClock(run, { calendar, now: at, ...(rules ? { rules } : {}) });
      return shanghaiDate(at) <= evaluation.dueDate;
    },
  };
}
