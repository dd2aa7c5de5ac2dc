import type { CivilDate } from '../calendar/civilDate.ts';
import { addDays } from '../calendar/civilDate.ts';
import type { WorkCalendar } from '../calendar/createWorkCalendar.ts';
import { restDayLabel } from '../calendar/restDayLabel.ts';
import { restDayName } from '../calendar/restDayName.ts';
import type { Label } from '../enums/label.ts';
import type { ExplanationStep } from './clockEvaluation.ts';
import type { ClockRun } from './clockRun.ts';
import { explainLead } from './explainLead.ts';

/** A length in working days, naming the rest days skipped and the make-up working days counted. */
export function explainWorkingDays(
  kind: ClockRun['kind'],
  start: CivilDate,
  countStartDay: boolean,
  amount: number,
  end: CivilDate,
  calendar: WorkCalendar,
): ExplanationStep {
  const l = explainLead(kind, start, countStartDay);
  const rest = new Map<string, { label: Label; count: number }>();
  const makeUp: CivilDate[] = [];
  for (let date = l.first; date <= end; date = addDays(date, 1)) {
    const name = restDayName(calendar, date);
    const label = restDayLabel(calendar, date);
    if (name !== undefined && label !== undefined) {
      const key = name === 'weekend' ? 'weekend' : name;
      const shown = name === 'weekend' ? { zh: '周末', en: 'weekend' } : label;
      rest.set(key, { label: shown, count: (rest.get(key)?.count ?? 0) + 1 });
    } else if (calendar.workDates.has(date)) makeUp.push(date);
  }
  const notes: Label[] = [];
  if (rest.size > 0) {
    const parts = [...rest.values()];
    notes.push({
      zh: `不计休息日：${parts.map((p) => `${p.label.zh} ${p.count} 日`).join('、')}`,
      en: `rest days not counted: ${parts.map((p) => `${p.label.en} ${p.count}`).join(', ')}`,
    });
  }
  if (makeUp.length > 0) {
    notes.push({
      zh: `调休上班日 ${makeUp.join('、')} 计为工作日`,
      en: `make-up working day ${makeUp.join(', ')} counted`,
    });
  }
  const zhNote = notes.length > 0 ? `（${notes.map((n) => n.zh).join('；')}）` : '';
  const enNote = notes.length > 0 ? ` (${notes.map((n) => n.en).join('; ')})` : '';
  return {
    step: 'start',
    zh: `${l.zh} ${amount} 个工作日，至 ${end}${zhNote}`,
    en: `${l.en}; ${amount} working days counted from ${l.first} end on ${end}${enNote}`,
  };
}
