import type { CivilDate } from '../calendar/civilDate.ts';
import { addDays } from '../calendar/civilDate.ts';
import { shanghaiDate } from '../calendar/shanghaiDate.ts';
import type { ClockRun } from './clockRun.ts';

/** The Shanghai dates a clock's pauses cover, and each pause as a date range. */
export interface PausedDates {
  readonly dates: ReadonlySet<CivilDate>;
  readonly ranges: readonly { readonly from: CivilDate; readonly to: CivilDate }[];
}

/**
 * Every whole Asia/Shanghai date a pause touches, first and last included. An open pause runs
 * to `openUntil` (the stop date, else today); no pause reaches past the stop date.
 */
export function pausedDates(run: ClockRun, openUntil: CivilDate): PausedDates {
  const stopDate = run.stoppedAt === undefined ? undefined : shanghaiDate(run.stoppedAt);
  const dates = new Set<CivilDate>();
  const ranges: { from: CivilDate; to: CivilDate }[] = [];
  for (const pause of run.pauses) {
    const from = shanghaiDate(pause.from);
    let to = pause.to === undefined ? openUntil : shanghaiDate(pause.to);
    if (stopDate !== undefined && to > stopDate) to = stopDate;
    if (to < from) {
      // An open pause begun after `openUntil` (clock skew) still covers its own first date.
      if (pause.to !== undefined || (stopDate !== undefined && from > stopDate)) continue;
      to = from;
    }
    ranges.push({ from, to });
    for (let date = from; date <= to; date = addDays(date, 1)) dates.add(date);
  }
  return { dates, ranges };
}
