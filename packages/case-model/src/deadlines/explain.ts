/** Sentence builders for due-date explanations, one per computation step (zh and en). */
import type { CivilDate } from '../calendar/civilDate.ts';
import { addMonths } from '../calendar/civilDate.ts';
import type { WorkCalendar } from '../calendar/createWorkCalendar.ts';
import { restDayLabel } from '../calendar/restDayLabel.ts';
import { restDayName } from '../calendar/restDayName.ts';
import type { ExplanationStep } from './clockEvaluation.ts';
import type { ClockKind } from './clockRun.ts';
import { clockStartLabels } from './clockStartLabels.ts';
import { capitalise, explainLead as lead } from './explainLead.ts';

/** A length in calendar days. */
export function calendarDays(
  kind: ClockKind,
  start: CivilDate,
  countStartDay: boolean,
  amount: number,
  end: CivilDate,
): ExplanationStep {
  const l = lead(kind, start, countStartDay);
  return {
    step: 'start',
    zh: `${l.zh} ${amount} 日，至 ${end}`,
    en: `${l.en}; ${amount} days counted from ${l.first} end on ${end}`,
  };
}

/** A length in calendar months, ending on the corresponding day (or the month's last day). */
export function months(
  kind: ClockKind,
  start: CivilDate,
  countStartDay: boolean,
  amount: number,
  end: CivilDate,
): ExplanationStep {
  const l = lead(kind, start, countStartDay);
  const clamped = addMonths(start, amount).slice(8) !== start.slice(8);
  return {
    step: 'start',
    zh: `${l.zh} ${amount} 个月，至到期月的对应日 ${end}${clamped ? '（该月无对应日，取月末）' : ''}`,
    en: `${l.en}; ${amount} months counted from ${l.first} end on the corresponding day ${end}${clamped ? ' (the month has no such day, so its last day)' : ''}`,
  };
}

/** A due date set by an order (assignment, supervision). */
export function fixed(kind: ClockKind, start: CivilDate, end: CivilDate): ExplanationStep {
  const label = clockStartLabels[kind];
  return {
    step: 'fixed',
    zh: `${label.zh} ${start}；到期日由指令确定为 ${end}`,
    en: `${capitalise(label.en)} ${start}; the order set the due date to ${end}`,
  };
}

/** An approved extension in calendar days. */
export function extension(days: number, end: CivilDate): ExplanationStep {
  return {
    step: 'extension',
    zh: `经批准延长 ${days} 日，至 ${end}`,
    en: `An approved extension of ${days} days moves it to ${end}`,
  };
}

/** Paused days that move the due date later. */
export function pause(
  days: number,
  ranges: readonly { from: CivilDate; to: CivilDate }[],
  from: CivilDate,
  end: CivilDate,
): ExplanationStep {
  const zhRanges = ranges
    .map((r) => (r.from === r.to ? r.from : `${r.from} 至 ${r.to}`))
    .join('、');
  const enRanges = ranges
    .map((r) => (r.from === r.to ? r.from : `${r.from} to ${r.to}`))
    .join(', ');
  return {
    step: 'pause',
    zh: `中止计时（如听证）${days} 日（${zhRanges}）不计入，由 ${from} 顺延至 ${end}`,
    en: `${days} paused days (such as hearings: ${enRanges}) are not counted, moving it from ${from} to ${end}`,
  };
}

/** A last day on a rest day, moved to the next working day. */
export function restDay(calendar: WorkCalendar, date: CivilDate, next: CivilDate): ExplanationStep {
  const name = restDayName(calendar, date);
  const label = restDayLabel(calendar, date) ?? { zh: '休息日', en: 'a rest day' };
  const holiday = name !== undefined && name !== 'weekend';
  return {
    step: 'restDay',
    zh: `该日为${label.zh}${holiday ? '假期' : ''}，顺延至下一工作日 ${next}`,
    en: `That day ${holiday ? `falls in the ${label.en} holiday` : `is ${label.en}`}, so it moves to the next working day, ${next}`,
  };
}

/** Years without holiday data: only weekends are known rest days there. */
export function missingCalendar(years: readonly number[]): ExplanationStep {
  return {
    step: 'missingCalendar',
    zh: `${years.join('、')} 年的节假日安排尚无数据，休息日仅按周末计算`,
    en: `No holiday data for ${years.join(', ')}: only weekends are treated as rest days`,
  };
}
