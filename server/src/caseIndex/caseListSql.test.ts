import { describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal.ts';
import { openAppDatabase } from '../db/openAppDatabase.ts';
import { caseVisibility } from '../policy/caseVisibility.ts';
import { buildPrincipal } from './buildCaseIndexEntry.ts';
import type { CaseQuery } from './caseIndexEntry.ts';
import { caseListSql } from './caseListSql.ts';
import { ensureCaseIndexSchema } from './ensureCaseIndexSchema.ts';
import { filterSql } from './filterSql.ts';
import { sortPlan } from './sortPlan.ts';
import { visibilitySql } from './visibilitySql.ts';

const db = openAppDatabase(':memory:');
ensureCaseIndexSchema(db);
const handler = buildPrincipal();
const leader = buildPrincipal({ role: 'leader', unitId: 'p-xfj', divisionCode: '990000' });

/** The query plan of a list page, one line per step. */
function plan(principal: Principal, query: CaseQuery, afterCursor = false) {
  const match = query.q ? `"${query.q}"` : null;
  const sort = sortPlan(query.sort, query.direction, match !== null);
  const sql = caseListSql({
    visibility: visibilitySql(caseVisibility(principal)),
    filters: filterSql(query, '2026-03-10'),
    query,
    match,
    sort,
    afterCursor,
  });
  const params = { ...sql.params, limit: 26, cK0: 'x', cK1: 'x', cSeq: 1 };
  const steps = db
    .prepare(`EXPLAIN QUERY PLAN ${sql.page}`)
    .all(params)
    .map((row) => (row as { detail: string }).detail);
  return { access: sql.access, steps: steps.join('\n') };
}

describe('list query plans (performance guard: each reads only what it needs)', () => {
  it('a reader with jurisdiction scans the covering index, resuming by seek after a cursor', () => {
    expect(plan(leader, {})).toMatchObject({ access: 'scan' });
    expect(plan(leader, {}).steps).toContain('SCAN c USING COVERING INDEX case_index_cover');
    expect(plan(leader, {}, true).steps).toContain(
      'SEARCH c USING COVERING INDEX case_index_cover (registered_at<?)',
    );
  });

  it('a reader without jurisdiction starts from the cases of their unit', () => {
    const { access, steps } = plan(handler, { states: ['CLOSED'] });
    expect(access).toBe('unit');
    expect(steps).toContain('SEARCH c USING INTEGER PRIMARY KEY (rowid=?)');
    expect(steps).toContain('case_index_registering (registering_unit_id=?)');
    expect(steps).not.toMatch(/SCAN c\b/);
  });

  it('overdue and due-date filters seek their range', () => {
    expect(plan(leader, { overdue: true }).steps).toContain(
      'SEARCH c USING INDEX case_index_overdue (overdue_key<?)',
    );
    expect(plan(leader, { dueWithinDays: 7 }).steps).toContain(
      'SEARCH c USING INDEX case_index_due (next_due_date>? AND next_due_date<?)',
    );
  });

  it('a search starts from the full-text matches', () => {
    const { access, steps } = plan(leader, { q: '补偿', states: ['CLOSED'] });
    expect(access).toBe('search');
    expect(steps).toMatch(/SCAN case_index_fts VIRTUAL TABLE INDEX \d+:M/);
    expect(steps).not.toMatch(/SCAN c\b/);
  });
});
