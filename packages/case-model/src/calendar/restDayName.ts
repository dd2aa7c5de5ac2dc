import type { CivilDate } from './civilDate.ts';
import { dayOfWeek, toDayNumber } from './civilDate.ts';
import type { WorkCalendar } from './createWorkCalendar.ts';

/**
 * Why the date is a rest day: the holiday name from the data (e.g. '春节'), 'weekend' for a
 * Saturday or Sunday that is no make-up working day, or undefined for a working day.
 */
export function restDayName(calendar: WorkCalendar, date: CivilDate): string | undefined {
  toDayNumber(date);
  if (calendar.workDates.has(date)) return undefined;
  const holiday = calendar.offDates.get(date);
  if (holiday !== undefined) return holiday;
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6 ? 'weekend' : undefined;
}
