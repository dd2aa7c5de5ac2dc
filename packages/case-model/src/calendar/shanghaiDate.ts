import type { CivilDate } from './civilDate.ts';
import { fromDayNumber, isCivilDate, toDayNumber } from './civilDate.ts';

const shanghaiOffsetMinutes = 8 * 60;
const dayMs = 86_400_000;
const instantPattern =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * Milliseconds since the epoch of an ISO 8601 instant, parsed by arithmetic (never by the host
 * time zone). A time without an offset, or a bare date, is read as Asia/Shanghai wall time
 * (UTC+8, no daylight saving). Throws a RangeError on anything else.
 */
export function instantToEpochMs(instant: string): number {
  const match = instantPattern.exec(instant.trim());
  const date = match?.[1];
  if (!match || date === undefined || !isCivilDate(date)) {
    throw new RangeError(`Not an ISO instant: ${instant}`);
  }
  const hours = Number(match[2] ?? 0);
  const minutes = Number(match[3] ?? 0);
  const seconds = Number(match[4] ?? 0);
  const millis = Number((match[5] ?? '0').padEnd(3, '0').slice(0, 3));
  if (
    hours > 24 ||
    minutes > 59 ||
    seconds > 60 ||
    (hours === 24 && minutes + seconds + millis > 0)
  ) {
    throw new RangeError(`Not an ISO instant: ${instant}`);
  }
  const zone = match[6];
  let offsetMinutes = shanghaiOffsetMinutes;
  if (zone !== undefined) {
    if (zone.toUpperCase() === 'Z') offsetMinutes = 0;
    else {
      const sign = zone.startsWith('-') ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0));
    }
  }
  const wallMs =
    toDayNumber(date) * dayMs + ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
  return wallMs - offsetMinutes * 60_000;
}

/**
 * The Asia/Shanghai calendar date (UTC+8) of an ISO instant:
 * '2026-03-01T16:30:00Z' → '2026-03-02'. A bare 'YYYY-MM-DD' is returned as is.
 */
export function shanghaiDate(instant: string): CivilDate {
  const shifted = instantToEpochMs(instant) + shanghaiOffsetMinutes * 60_000;
  return fromDayNumber(Math.floor(shifted / dayMs));
}
