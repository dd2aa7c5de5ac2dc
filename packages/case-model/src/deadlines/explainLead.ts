import type { CivilDate } from '../calendar/civilDate.ts';
import { addDays } from '../calendar/civilDate.ts';
import type { ClockKind } from './clockRun.ts';
import { clockStartLabels } from './clockStartLabels.ts';

/** Upper-cases the first letter of an English sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The opening of a length sentence: '受理日 2026-02-10 不计入；自 2026-02-11 起算', in zh and en. */
export function explainLead(
  kind: ClockKind,
  start: CivilDate,
  countStartDay: boolean,
): { readonly zh: string; readonly en: string; readonly first: CivilDate } {
  const label = clockStartLabels[kind];
  const first = countStartDay ? start : addDays(start, 1);
  const counted = countStartDay ? '计入' : '不计入';
  return {
    first,
    zh: `${label.zh} ${start} ${counted}；自 ${first} 起算`,
    en: `${capitalise(label.en)} ${start} is ${countStartDay ? '' : 'not '}counted`,
  };
}
