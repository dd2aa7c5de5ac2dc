const eightHoursMs = 8 * 3600_000;

/** The calendar date in China (UTC+8, no daylight saving) of an instant, as 'YYYY-MM-DD'. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + eightHoursMs).toISOString().slice(0, 10);
}

/** A 'YYYY-MM-DD' date moved by whole calendar days. */
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}
