import type { CaseQuery } from './caseIndexEntry.ts';
import { addDays } from './chinaDate.ts';
import { prefixUpperBound, type SqlFragment } from './sqlFragment.ts';

/**
 * The list filters of a query as conditions on `case_index c` (AND), the full-text match
 * excepted. `today` is the China date the overdue and due-within filters compare with.
 */
export function filterSql(query: CaseQuery, today: string): SqlFragment {
  const conditions: string[] = [];
  const params: Record<string, string | number> = {};
  const oneOf = (column: string, name: string, values: readonly string[] | undefined) => {
    if (!values || values.length === 0) return;
    const names = values.map((value, i) => {
      params[`${name}${i}`] = value;
      return `@${name}${i}`;
    });
    conditions.push(`${column} IN (${names.join(', ')})`);
  };
  oneOf('c.state', 'fState', query.states);
  oneOf('c.category', 'fCategory', query.categories);
  oneOf('c.channel', 'fChannel', query.channels);
  if (query.unitId !== undefined) {
    conditions.push('c.seq IN (SELECT u.seq FROM case_index_unit u WHERE u.unit_id = @fUnit)');
    params.fUnit = query.unitId;
  }
  if (query.level !== undefined) {
    conditions.push('c.level = @fLevel');
    params.fLevel = query.level;
  }
  if (query.division !== undefined) {
    conditions.push('c.division_code >= @fDivisionLow AND c.division_code < @fDivisionHigh');
    params.fDivisionLow = query.division;
    params.fDivisionHigh = prefixUpperBound(query.division);
  }
  if (query.overdue) {
    // Flagged when the entry was built ('' sorts first), or due before today since then.
    conditions.push('c.overdue_key < @fToday');
    params.fToday = today;
  }
  if (query.dueWithinDays !== undefined) {
    conditions.push('c.next_due_date BETWEEN @fToday AND @fDueUntil');
    params.fToday = today;
    params.fDueUntil = addDays(today, query.dueWithinDays);
  }
  if (query.repeatLinked) conditions.push('c.repeat_count > 0');
  if (query.joint) conditions.push('c.joint = 1');
  return { sql: conditions.length > 0 ? conditions.join(' AND ') : '1', params };
}
