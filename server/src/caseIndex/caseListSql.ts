import type { SortPlan } from './sortPlan.ts';

/** bm25 weights of the FTS columns (title, request, facts): a word in the title counts most. */
const bm25 = 'bm25(case_index_fts, 10.0, 3.0, 1.0)';
const listColumns =
  'c.seq, c.case_id, c.title, c.state, c.category, c.channel, c.matter_class, c.level,' +
  ' c.division_code, c.registering_unit_id, c.lead_unit_id, c.co_handling_unit_ids,' +
  ' c.accused_unit_ids, c.accused_user_ids, c.registered_at, c.next_due_date,' +
  ' c.next_due_clock, c.overdue, c.repeat_linked, c.joint, c.group_visit, c.petitioner';
const matching = 'c.seq IN (SELECT rowid FROM case_index_fts WHERE case_index_fts MATCH @match)';

/** The statements of one list query: the count and the page (after `@cK0…`, `@cSeq`, `@limit`). */
export interface CaseListSql {
  readonly count: string;
  readonly page: string;
}

/**
 * The SQL of a list query over `case_index c`: `where` is the visibility and filter condition,
 * `search` whether `@match` must match, `afterCursor` whether the page starts after a cursor.
 * Each row carries its sort keys as `k0…` and its `seq` for the next cursor.
 */
export function caseListSql(
  where: string,
  search: boolean,
  sort: SortPlan,
  afterCursor: boolean,
): CaseListSql {
  const condition = search ? `${where} AND ${matching}` : where;
  const keys = sort.keys.map((key, i) => `${key === 'score' ? bm25 : key} AS k${i}`).join(', ');
  const source =
    sort.field === 'relevance'
      ? `SELECT ${listColumns}, ${keys} FROM case_index_fts` +
        ' JOIN case_index c ON c.seq = case_index_fts.rowid' +
        ` WHERE case_index_fts MATCH @match AND ${where}`
      : `SELECT ${listColumns}, ${keys} FROM case_index c WHERE ${condition}`;
  const names = [...sort.keys.map((_, i) => `k${i}`), 'seq'];
  const direction = sort.direction === 'asc' ? 'ASC' : 'DESC';
  const after = afterCursor
    ? ` WHERE (${names.join(', ')}) ${direction === 'ASC' ? '>' : '<'}` +
      ` (${[...sort.keys.map((_, i) => `@cK${i}`), '@cSeq'].join(', ')})`
    : '';
  const order = names.map((name) => `${name} ${direction}`).join(', ');
  return {
    count: `SELECT count(*) FROM case_index c WHERE ${condition}`,
    page: `SELECT * FROM (${source})${after} ORDER BY ${order} LIMIT @limit`,
  };
}
