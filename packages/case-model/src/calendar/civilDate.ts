/**
 * Pure arithmetic on civil dates written 'YYYY-MM-DD' (proleptic Gregorian, no time zone).
 * Uses day numbers (days since 1970-01-01) so it never touches the host clock or time zone.
 */

/** A calendar date as 'YYYY-MM-DD'. */
export type CivilDate = string;

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days from 1970-01-01 to the given year, month (1..12) and day (Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Number of days in a month (1..12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return (
    daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
    daysFromCivil(year, month, 1)
  );
}

/** True when the text is a real date written 'YYYY-MM-DD' (e.g. rejects '2026-02-30'). */
export function isCivilDate(text: string): boolean {
  const match = pattern.exec(text);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date; throws a RangeError on a malformed date. */
export function toDayNumber(date: CivilDate): number {
  if (!isCivilDate(date)) throw new RangeError(`Not a date 'YYYY-MM-DD': ${date}`);
  return daysFromCivil(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)),
    Number(date.slice(8, 10)),
  );
}

/** The 'YYYY-MM-DD' date of a day number (days since 1970-01-01). */
export function fromDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date `days` days after (or before, when negative) the given date. */
export function addDays(date: CivilDate, days: number): CivilDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function diffDays(to: CivilDate, from: CivilDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Day of the week: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CivilDate): number {
  // 1970-01-01 was a Thursday.
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/**
 * The corresponding day `months` calendar months later (Civil Code Art 202): the same day of the
 * month, or the month's last day when the target month is shorter (2026-01-31 + 1 → 2026-02-28).
 */
export function addMonths(date: CivilDate, months: number): CivilDate {
  toDayNumber(date);
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return fromDayNumber(daysFromCivil(year, month, day));
}

/** The year of a 'YYYY-MM-DD' date. */
export function yearOf(date: CivilDate): number {
  return Number(date.slice(0, 4));
}
