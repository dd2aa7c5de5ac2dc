import type { CivilDate } from '../calendar/civilDate.ts';
import { addDays, addMonths, diffDays, yearOf } from '../calendar/civilDate.ts';
import type { WorkCalendar } from '../calendar/createWorkCalendar.ts';
import { hasYearData } from '../calendar/hasYearData.ts';
import { isWorkingDay } from '../calendar/isWorkingDay.ts';
import { shanghaiDate } from '../calendar/shanghaiDate.ts';
import type { ExplanationStep } from './clockEvaluation.ts';
import type { ClockRun } from './clockRun.ts';
import type { DayCountingRules } from './dayCountingRules.ts';
import * as say from './explain.ts';
import { explainWorkingDays } from './explainWorkingDays.ts';
import type { PausedDates } from './pausedDates.ts';

/** A computed due date with its explanation and the calendar years it consulted. */
export interface DueDateComputation {
  readonly dueDate: CivilDate;
  /** The day before the first counted day: the start date, or the day before when it counts. */
  readonly baseDate: CivilDate;
  readonly steps: readonly ExplanationStep[];
  readonly missingCalendarYears: readonly number[];
  /** True when the date counts towards the length (working days only for working-day clocks). */
  readonly counts: (date: CivilDate) => boolean;
}

/**
 * Computes a clock's due date: the length from the day after the start (or an order's date),
 * plus an extension in calendar days, moved later by paused days, then off a rest day.
 * Throws a RangeError when the length or extension is not a whole number ≥ 0.
 */
export function computeDueDate(
  run: ClockRun,
  calendar: WorkCalendar,
  rules: DayCountingRules,
  paused: PausedDates,
): DueDateComputation {
  const years = new Set<number>();
  const working = (date: CivilDate): boolean => {
    years.add(yearOf(date));
    return isWorkingDay(calendar, date);
  };
  const isPaused = (date: CivilDate): boolean => rules.excludePausedDays && paused.dates.has(date);
  const start = shanghaiDate(run.startedAt);
  const base = rules.countStartDay ? addDays(start, -1) : start;
  const byWorkingDays = run.dueDate === undefined && run.length.unit === 'workingDays';
  const steps: ExplanationStep[] = [];
  const extension = run.extensionDays ?? 0;
  for (const [field, value] of [
    ['length.amount', run.length.amount],
    ['extensionDays', extension],
  ] as const) {
    if (!Number.isInteger(value) || value < 0) {
      throw new RangeError(
        `Clock ${run.id}: ${field} must be a whole number of days or months ≥ 0, got ${value}`,
      );
    }
  }

  // Without pauses first, to explain the length and the extension on their own.
  let end: CivilDate;
  if (run.dueDate !== undefined) {
    end = shanghaiDate(run.dueDate);
    steps.push(say.fixed(run.kind, start, end));
  } else if (run.length.unit === 'workingDays') {
    end = walk(base, run.length.amount, working);
    steps.push(
      explainWorkingDays(run.kind, start, rules.countStartDay, run.length.amount, end, calendar),
    );
  } else if (run.length.unit === 'months') {
    end = addDays(addMonths(start, run.length.amount), rules.countStartDay ? -1 : 0);
    steps.push(say.months(run.kind, start, rules.countStartDay, run.length.amount, end));
  } else {
    end = addDays(base, run.length.amount);
    steps.push(say.calendarDays(run.kind, start, rules.countStartDay, run.length.amount, end));
  }
  if (extension > 0) {
    end = addDays(end, extension);
    steps.push(say.extension(extension, end));
  }

  // The same walk again, skipping paused dates.
  const unpausedEnd = end;
  if (byWorkingDays) {
    end = walk(base, run.length.amount, (date) => working(date) && !isPaused(date));
    end = walk(end, extension, (date) => !isPaused(date));
  } else {
    end = walk(base, Math.max(0, diffDays(unpausedEnd, base)), (date) => !isPaused(date));
    if (diffDays(unpausedEnd, base) < 0) end = unpausedEnd;
  }
  if (end !== unpausedEnd) {
    const within = paused.ranges.filter((range) => range.to > base && range.from <= end);
    const days = [...paused.dates].filter((date) => date > base && date <= end).length;
    steps.push(say.pause(days, within, unpausedEnd, end));
  }

  const fixed = run.dueDate !== undefined;
  if (rules.moveOffRestDays && (!fixed || rules.moveFixedDueDates) && !working(end)) {
    const restDay = end;
    while (!working(end)) end = addDays(end, 1);
    steps.push(say.restDay(calendar, restDay, end));
  }
  const missingCalendarYears = [...years]
    .filter((year) => !hasYearData(calendar, year))
    .sort((a, b) => a - b);
  if (missingCalendarYears.length > 0) steps.push(say.missingCalendar(missingCalendarYears));

  const counts = byWorkingDays
    ? (date: CivilDate) => isWorkingDay(calendar, date) && !isPaused(date)
    : (date: CivilDate) => !isPaused(date);
  return { dueDate: end, baseDate: base, steps, missingCalendarYears, counts };
}

/** The date on which the `amount`-th counted day after `from` falls. */
function walk(from: CivilDate, amount: number, counts: (date: CivilDate) => boolean): CivilDate {
  let date = from;
  for (let counted = 0; counted < amount; ) {
    date = addDays(date, 1);
    if (counts(date)) counted += 1;
  }
  return date;
}
