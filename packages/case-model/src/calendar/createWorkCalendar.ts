import type { CivilDate } from './civilDate.ts';
import { addDays, diffDays, isCivilDate } from './civilDate.ts';

/**
 * Holiday arrangements as published each year, in the shape of `data/cn-mainland.json`:
 * per year, `off` ranges `[from, to, name]` (inclusive) and `work` make-up working days (调休上班).
 */
export interface CalendarData {
  readonly name?: string;
  readonly note?: string;
  readonly years: Readonly<
    Record<
      string,
      { readonly off: readonly (readonly string[])[]; readonly work: readonly string[] }
    >
  >;
}

/** A working-day calendar: rest days are weekends and `off` dates, except make-up `work` dates. */
export interface WorkCalendar {
  readonly name: string;
  /** Each public-holiday date with its holiday name, e.g. '2026-02-17' → '春节'. */
  readonly offDates: ReadonlyMap<CivilDate, string>;
  /** Make-up working days, working even on a weekend. */
  readonly workDates: ReadonlySet<CivilDate>;
  /** The years whose arrangement is in the data, ascending. */
  readonly years: readonly number[];
}

/**
 * Builds a working-day calendar from holiday data. Checks the data and throws a RangeError
 * listing every problem (malformed dates, reversed ranges, a date both off and working).
 */
export function createWorkCalendar(data: CalendarData): WorkCalendar {
  const problems: string[] = [];
  const offDates = new Map<CivilDate, string>();
  const workDates = new Set<CivilDate>();
  const years: number[] = [];
  for (const [yearKey, arrangement] of Object.entries(data.years)) {
    if (!/^\d{4}$/.test(yearKey)) problems.push(`year key '${yearKey}' is not a 4-digit year`);
    years.push(Number(yearKey));
    for (const range of arrangement.off) {
      const [from, to, name] = range;
      if (from === undefined || to === undefined || name === undefined || range.length !== 3) {
        problems.push(`${yearKey}: off entry ${JSON.stringify(range)} is not [from, to, name]`);
        continue;
      }
      if (!isCivilDate(from) || !isCivilDate(to) || diffDays(to, from) < 0) {
        problems.push(`${yearKey}: off range ${from}..${to} is not a valid date range`);
        continue;
      }
      for (let date = from; date <= to; date = addDays(date, 1)) {
        if (offDates.has(date)) problems.push(`${date} is listed twice as a holiday`);
        offDates.set(date, name);
      }
    }
    for (const date of arrangement.work) {
      if (!isCivilDate(date)) problems.push(`${yearKey}: work date '${date}' is not a date`);
      else workDates.add(date);
    }
  }
  for (const date of workDates) {
    if (offDates.has(date)) problems.push(`${date} is both a holiday and a make-up working day`);
  }
  if (problems.length > 0) throw new RangeError(`Invalid calendar data: ${problems.join('; ')}`);
  return {
    name: data.name ?? 'unnamed calendar',
    offDates,
    workDates,
    years: years.sort((a, b) => a - b),
  };
}
