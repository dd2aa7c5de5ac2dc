import type { CaseQuery } from './caseIndexEntry.ts';
import type { SortPlan } from './sortPlan.ts';
import type { SqlFragment } from './sqlFragment.ts';
import type { VisibilitySql } from './visibilitySql.ts';

/** bm25 weights of the FTS columns (title, request, facts): a word in the title counts most. */
const bm25 = 'bm25(case_index_fts, 10.0, 3.0, 1.0)';
const listColumns =
  'c.case_id, d.title, c.state, c.category, c.channel, d.matter_class, c.level,' +
  ' c.division_code, c.registering_unit_id, d.lead_unit_id, d.co_handling_unit_ids,' +
  ' d.reviewing_unit_ids, d.accused_unit_ids, d.accused_user_ids, c.registered_at, c.next_due_date,' +
  ' d.next_due_clock, c.overdue_key, d.repeat_linked, c.joint, d.group_visit, d.petitioner';

/** Where the rows of a list query come from. */
export type CaseListAccess = 'search' | 'overdue' | 'due' | 'unit' | 'scan';

const sources: Record<CaseListAccess, string> = {
  search: 'case_index_fts CROSS JOIN case_index c ON c.seq = case_index_fts.rowid',
  overdue: 'case_index c INDEXED BY case_index_overdue',
  due: 'case_index c INDEXED BY case_index_due',
  unit: 'case_index c',
  scan: 'case_index c INDEXED BY case_index_cover',
};

/** What a list query is built from. */
export interface CaseListInput {
  readonly visibility: VisibilitySql;
  readonly filters: SqlFragment;
  readonly query: CaseQuery;
  /** The FTS5 query of `query.q`, or null without a search. */
  readonly match: string | null;
  readonly sort: SortPlan;
  readonly afterCursor: boolean;
}

/**
 * The statements of one list query and their parameters (`page` also takes `@limit`, and
 * `@cK0…`, `@cSeq` after a cursor). Each page row carries its sort keys `k0…` and `seq`, and,
 * when `pageCountsAll`, the `total` of all matches: `count` then need only run for an empty page.
 */
export interface CaseListSql {
  readonly access: CaseListAccess;
  readonly count: string;
  readonly page: string;
  readonly pageCountsAll: boolean;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The narrowest way in: the search, the overdue or due-date range, the reader's unit, a scan. */
function chooseAccess(input: CaseListInput): CaseListAccess {
  if (input.match !== null) return 'search';
  if (input.query.overdue) return 'overdue';
  if (input.query.dueWithinDays !== undefined) return 'due';
  return input.visibility.unitCases !== null ? 'unit' : 'scan';
}

/**
 * The SQL of a list query over `case_index c`, reading no wide row before the page is chosen.
 * A scan of the covering index in registration order stops after one page, and the total is
 * counted apart; every other plan visits all matches anyway, so one pass (materialised, which
 * bm25 also needs) gives the page and the total, counted before the cursor applies.
 */
export function caseListSql(input: CaseListInput): CaseListSql {
  const { visibility, filters, match, sort } = input;
  const access = chooseAccess(input);
  const conditions = [
    ...(access === 'search' ? ['case_index_fts MATCH @match'] : []),
    ...(access === 'unit' ? [visibility.unitCases] : []),
    visibility.sql,
    filters.sql,
  ];
  const matches = `FROM ${sources[access]} WHERE ${conditions.join(' AND ')}`;
  const keys = sort.keys.map((key, i) => `${key === 'score' ? bm25 : key} AS k${i}`).join(', ');
  const names = [...sort.keys.map((_, i) => `k${i}`), 'seq'];
  const ascending = sort.direction === 'asc';
  const order = (table: string) =>
    names.map((name) => `${table}${name} ${ascending ? 'ASC' : 'DESC'}`).join(', ');
  const after = input.afterCursor
    ? // The first comparison lets SQLite seek an index; the row value breaks ties.
      ` WHERE k0 ${ascending ? '>=' : '<='} @cK0 AND (${names.join(', ')}) ${ascending ? '>' : '<'}` +
      ` (${[...sort.keys.map((_, i) => `@cK${i}`), '@cSeq'].join(', ')})`
    : '';
  const join =
    ' p CROSS JOIN case_index c ON c.seq = p.seq CROSS JOIN case_index_detail d ON d.seq = p.seq' +
    ` ORDER BY ${order('p.')}`;
  const indexOrder = access === 'scan' && sort.field === 'registeredAt';
  const page = indexOrder
    ? `SELECT ${listColumns}, p.* FROM (SELECT * FROM (SELECT c.seq AS seq, ${keys} ${matches})` +
      `${after} ORDER BY ${order('')} LIMIT @limit)${join}`
    : `WITH m AS MATERIALIZED (SELECT c.seq AS seq, ${keys} ${matches})` +
      ` SELECT ${listColumns}, p.* FROM (SELECT *, (SELECT count(*) FROM m) AS total FROM m${after}` +
      ` ORDER BY ${order('')} LIMIT @limit)${join}`;
  return {
    access,
    count: `SELECT count(*) ${matches}`,
    page,
    pageCountsAll: !indexOrder,
    params: { ...visibility.params, ...filters.params, ...(match === null ? {} : { match }) },
  };
}
