/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isCalendarDate(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const ms = Date.parse(`${text}T00:00:00Z`);
  // Date.parse rolls 02-30 over to March; a real date survives the round trip.
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === text;
}
