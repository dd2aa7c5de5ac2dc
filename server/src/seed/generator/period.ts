import {
  addDays,
  type CivilDate,
  type ClockRun,
  cnMainlandCalendar,
  evaluateClock,
  instantToEpochMs,
  isWorkingDay,
  shanghaiDate,
} from '@lianban/case-model';
import type { Random } from './random.ts';

/**
 * The demo's fixed time base: twelve months of petitions ending on 2026-11-20 at 18:00 China time
 * (the day of the last hand-written demo case). Generation reads no clock: every instant is
 * derived from this end, so the same seed gives the same data on any day.
 */
export const periodEnd = '2026-11-20T10:00:00.000Z';
export const periodEndMs = Date.parse(periodEnd);
export const dayMs = 86_400_000;
/** The first day of the period (China date). */
export const periodStartDate: CivilDate = addDays(shanghaiDate(periodEnd), -364);

/** The ISO instant of a China wall-clock time on a date. */
export function chinaInstant(date: CivilDate, hour: number, minute: number): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return new Date(instantToEpochMs(`${date}T${pad(hour)}:${pad(minute)}:00+08:00`)).toISOString();
}

/** The next working day on or after `date`. */
export function workingDayFrom(date: CivilDate): CivilDate {
  let day = date;
  while (!isWorkingDay(cnMainlandCalendar, day)) day = addDays(day, 1);
  return day;
}

/** An office-hours instant (08:30–17:30) on `date`, moved to a working day if `workingOnly`. */
export function officeInstant(random: Random, date: CivilDate, workingOnly = true): string {
  const day = workingOnly ? workingDayFrom(date) : date;
  const minutes = random.int(8 * 60 + 30, 17 * 60 + 30);
  return chinaInstant(day, Math.floor(minutes / 60), minutes % 60);
}

/**
 * An office-hours instant `minDays`–`maxDays` China days after `from`, always at least 20 minutes
 * after it (the same day when the draw allows and office hours remain).
 */
export function later(random: Random, from: string, minDays: number, maxDays: number): string {
  const fromMs = Date.parse(from);
  const date = addDays(shanghaiDate(from), random.int(minDays, maxDays));
  const instant = officeInstant(random, date);
  if (Date.parse(instant) > fromMs + 20 * 60_000) return instant;
  return new Date(fromMs + random.int(20, 150) * 60_000).toISOString();
}

/** Minutes after an instant. */
export function minutesAfter(from: string, minutes: number): string {
  return new Date(Date.parse(from) + minutes * 60_000).toISOString();
}

/**
 * The due date of a clock started at `startedAt`, as the deadline engine computes it (calendar
 * days from the day after the start, an extension added, a rest day moved to the next working day).
 */
export function dueDate(startedAt: string, days: number, extensionDays = 0): CivilDate {
  const run: ClockRun = {
    id: 'plan',
    kind: 'handle',
    startedAt,
    length: { amount: days, unit: 'calendarDays' },
    pauses: [],
    ...(extensionDays > 0 ? { extensionDays } : {}),
  };
  return evaluateClock(run, { calendar: cnMainlandCalendar, now: startedAt }).dueDate;
}

/** An office-hours instant `minDays`–`maxDays` after a due date (a window that has closed). */
export function afterDue(random: Random, due: CivilDate, minDays: number, maxDays: number): string {
  return officeInstant(random, addDays(due, random.int(minDays, maxDays)));
}

/** The public-holiday dates (not weekends) of the period, from the mainland calendar. */
export function holidaysInPeriod(): CivilDate[] {
  const end = shanghaiDate(periodEnd);
  return [...cnMainlandCalendar.offDates.keys()]
    .filter((date) => date >= periodStartDate && date <= end)
    .sort();
}
