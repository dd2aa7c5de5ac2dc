import type { Principal } from '../auth/principal.ts';
import type { AppDatabase } from '../db/openAppDatabase.ts';
import { caseVisibility } from '../policy/caseVisibility.ts';
import { buildMatchQuery } from './buildMatchQuery.ts';
import type { CaseListPage, CaseQuery } from './caseIndexEntry.ts';
import type { CaseIndexRow } from './caseIndexRow.ts';
import { caseListSql } from './caseListSql.ts';
import { chinaDate } from './chinaDate.ts';
import { filterSql } from './filterSql.ts';
import { fingerprintQuery, readPageCursor, writePageCursor } from './pageCursor.ts';
import { sortPlan } from './sortPlan.ts';
import { toListItem } from './toListItem.ts';
import { visibilitySql } from './visibilitySql.ts';

type Statement = ReturnType<AppDatabase['prepare']>;
type PageRow = CaseIndexRow & { seq: number } & Record<string, unknown>;

const defaultLimit = 25;
const maxCachedStatements = 256;

/**
 * The read side of the case index: a page of the cases a reader may see (`caseVisibility` as
 * SQL), filtered, searched and sorted, with the total of all matches and a keyset cursor.
 */
export function queryCaseIndex(
  db: AppDatabase,
  now: () => Date,
): (principal: Principal, query: CaseQuery) => CaseListPage {
  const cache = new Map<string, Statement>();
  const prepared = (sql: string): Statement => {
    let statement = cache.get(sql);
    if (!statement) {
      if (cache.size >= maxCachedStatements) cache.clear();
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };

  return function query(principal, request) {
    const today = chinaDate(now());
    const match = request.q === undefined ? null : buildMatchQuery(request.q);
    if (request.q !== undefined && match === null) return { items: [], total: 0, nextCursor: null };
    const sort = sortPlan(request.sort, request.direction, match !== null);
    if (sort.field === 'relevance' && match === null) {
      return query(principal, { ...request, sort: 'registeredAt' });
    }
    const fingerprint = fingerprintQuery(request, sort);
    const cursor =
      request.cursor === undefined
        ? null
        : readPageCursor(request.cursor, fingerprint, sort.keys.length);
    const sql = caseListSql({
      visibility: visibilitySql(caseVisibility(principal)),
      filters: filterSql(request, today),
      query: request,
      match,
      sort,
      afterCursor: cursor !== null,
    });
    const limit = request.limit ?? defaultLimit;
    const pageParams: Record<string, string | number> = { ...sql.params, limit: limit + 1 };
    if (cursor) {
      cursor.keys.forEach((key, i) => {
        pageParams[`cK${i}`] = key;
      });
      pageParams.cSeq = cursor.seq;
    }
    const rows = prepared(sql.page).all(pageParams) as PageRow[];
    const counted = sql.pageCountsAll ? rows[0]?.total : undefined;
    // A page past the last match has no row to carry the total: count apart then.
    const total =
      typeof counted === 'number'
        ? counted
        : (prepared(sql.count).pluck().get(sql.params) as number);
    const shown = rows.slice(0, limit);
    const last = shown[shown.length - 1];
    return {
      items: shown.map((row) => toListItem(principal, row, today)),
      total,
      nextCursor:
        rows.length > limit && last
          ? writePageCursor({
              query: fingerprint,
              keys: sort.keys.map((_, i) => last[`k${i}`] as string | number),
              seq: last.seq,
            })
          : null,
    };
  };
}
