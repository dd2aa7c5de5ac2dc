import type { Label } from '../enums/label.ts';
import type { CivilDate } from './civilDate.ts';
import { dayOfWeek } from './civilDate.ts';
import type { WorkCalendar } from './createWorkCalendar.ts';
import { restDayName } from './restDayName.ts';

const englishNames: Readonly<Record<string, string>> = {
  元旦: "New Year's Day",
  春节: 'Spring Festival',
  清明节: 'Qingming Festival',
  劳动节: 'Labour Day',
  端午节: 'Dragon Boat Festival',
  中秋节: 'Mid-Autumn Festival',
  国庆节: 'National Day',
};

/**
 * The rest day's name in both languages ('春节' → Spring Festival; a weekend → 周六/Saturday),
 * or undefined for a working day. Holiday names not known here keep their Chinese name in English.
 */
export function restDayLabel(calendar: WorkCalendar, date: CivilDate): Label | undefined {
  const name = restDayName(calendar, date);
  if (name === undefined) return undefined;
  if (name === 'weekend') {
    return dayOfWeek(date) === 6
      ? { zh: '周六', en: 'a Saturday' }
      : { zh: '周日', en: 'a Sunday' };
  }
  const en = name
    .split('、')
    .map((part) => englishNames[part] ?? part)
    .join(' and ');
  return { zh: name, en };
}
