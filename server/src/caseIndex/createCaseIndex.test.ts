import { beforeEach, describe, expect, it } from 'vitest';
import { type AppDatabase, openAppDatabase } from '../db/openAppDatabase.ts';
import { buildCaseIndexEntry, buildPrincipal } from './buildCaseIndexEntry.ts';
import type { CaseIndexEntry, CaseQuery } from './caseIndexEntry.ts';
import { type CaseIndex, createCaseIndex } from './createCaseIndex.ts';
import { InvalidCursorError } from './pageCursor.ts';

/** A provincial leader sees every case of the province: the filters are tested through them. */
const leader = buildPrincipal({
  userId: 'leader',
  role: 'leader',
  unitId: 'p-xfj',
  divisionCode: '990000',
});
/** 2026-03-10 in China. */
const now = () => new Date('2026-03-10T04:00:00Z');

let db: AppDatabase;
let index: CaseIndex;

function ids(query: CaseQuery = {}): string[] {
  return index.query(leader, { limit: 100, ...query }).items.map((item) => item.caseId);
}

function add(...entries: (Partial<CaseIndexEntry> & { caseId: string })[]): void {
  for (const entry of entries) index.upsert(buildCaseIndexEntry(entry));
}

beforeEach(() => {
  db = openAppDatabase(':memory:');
  index = createCaseIndex(db, { now });
});

describe('writing entries', () => {
  it('stores an entry and reads it back whole', () => {
    const entry = buildCaseIndexEntry({
      caseId: 'c1',
      coHandlingUnitIds: ['k1-zrzy'],
      accusedUnitIds: ['k1-cg'],
      accusedUserIds: ['u9'],
      repeatLinked: ['c0'],
      groupVisit: true,
    });
    index.upsert(entry);
    expect(index.get('c1')).toEqual(entry);
    expect(index.get('nope')).toBeNull();
  });

  it('replaces an entry in place, with its units and text', () => {
    add({ caseId: 'c1', leadUnitId: 'k1-zj', title: '旧标题拆迁' });
    add({ caseId: 'c1', leadUnitId: 'k1-sthj', title: '新标题环境', state: 'REPLIED' });
    expect(ids()).toEqual(['c1']);
    expect(index.get('c1')).toMatchObject({ leadUnitId: 'k1-sthj', state: 'REPLIED' });
    expect(ids({ unitId: 'k1-zj' })).toEqual([]);
    expect(ids({ unitId: 'k1-sthj' })).toEqual(['c1']);
    expect(ids({ q: '拆迁' })).toEqual([]);
    expect(ids({ q: '环境' })).toEqual(['c1']);
  });

  it('writes a batch, later entries of a case replacing earlier ones', () => {
    add({ caseId: 'old', title: '旧的拆迁案件' });
    index.upsertMany([
      buildCaseIndexEntry({ caseId: 'a', title: '噪音扰民', leadUnitId: 'x' }),
      buildCaseIndexEntry({ caseId: 'old', title: '改为工资拖欠' }),
      buildCaseIndexEntry({ caseId: 'a', title: '废气污染', leadUnitId: 'y' }),
    ]);
    expect(ids().sort()).toEqual(['a', 'old']);
    expect(ids({ q: '拆迁' })).toEqual([]);
    expect(ids({ q: '工资' })).toEqual(['old']);
    expect(ids({ q: '噪音' })).toEqual([]);
    expect(ids({ q: '污染', unitId: 'y' })).toEqual(['a']);
    expect(ids({ unitId: 'x' })).toEqual([]);
  });

  it('removes an entry from the list, the count and the search', () => {
    add({ caseId: 'c1' }, { caseId: 'c2' });
    index.remove('c1');
    index.remove('never-indexed');
    const page = index.query(leader, { q: '补偿' });
    expect(page.items.map((item) => item.caseId)).toEqual(['c2']);
    expect(page.total).toBe(1);
    expect(index.get('c1')).toBeNull();
  });
});

describe('schema', () => {
  it('keeps the index across restarts, and drops it when the schema version changed', () => {
    add({ caseId: 'c1' }, { caseId: 'c2' });
    expect(createCaseIndex(db, { now }).size()).toBe(2);
    db.prepare("UPDATE case_index_meta SET value = '0' WHERE key = 'schema'").run();
    const rebuilt = createCaseIndex(db, { now });
    expect(rebuilt.size()).toBe(0);
    expect(rebuilt.query(leader, { q: '补偿' }).total).toBe(0);
    rebuilt.upsert(buildCaseIndexEntry({ caseId: 'c1' }));
    expect(rebuilt.query(leader, { q: '补偿' }).total).toBe(1);
  });
});

describe('filters', () => {
  it('by state, several at once', () => {
    add(
      { caseId: 'a', state: 'REGISTERED' },
      { caseId: 'b', state: 'IN_PROGRESS' },
      { caseId: 'c', state: 'CLOSED' },
    );
    expect(ids({ states: ['REGISTERED', 'CLOSED'] }).sort()).toEqual(['a', 'c']);
    expect(ids({ states: ['HEARING'] })).toEqual([]);
  });

  it('by unit: the lead or a co-handling unit, not the registering one', () => {
    add(
      { caseId: 'lead', leadUnitId: 'x', registeringUnitId: 'r' },
      { caseId: 'co', leadUnitId: 'y', coHandlingUnitIds: ['x'], registeringUnitId: 'r' },
      { caseId: 'other', leadUnitId: 'y', registeringUnitId: 'x' },
    );
    expect(ids({ unitId: 'x' }).sort()).toEqual(['co', 'lead']);
  });

  it('by category and by channel, several at once', () => {
    add(
      { caseId: 'a', category: 'environment', channel: 'visit' },
      { caseId: 'b', category: 'education', channel: 'letter' },
      { caseId: 'c', category: 'landAcquisition', channel: 'visit' },
    );
    expect(ids({ categories: ['environment', 'education'] }).sort()).toEqual(['a', 'b']);
    expect(ids({ channels: ['visit'] }).sort()).toEqual(['a', 'c']);
    expect(ids({ categories: ['education'], channels: ['visit'] })).toEqual([]);
  });

  it('by level of the handling', () => {
    add(
      { caseId: 'a', level: 'city' },
      { caseId: 'b', level: 'county' },
      { caseId: 'c', level: null },
    );
    expect(ids({ level: 'city' })).toEqual(['a']);
  });

  it('by division prefix', () => {
    add(
      { caseId: 'a', divisionCode: '990102' },
      { caseId: 'b', divisionCode: '990103' },
      { caseId: 'c', divisionCode: '990201' },
    );
    expect(ids({ division: '9901' }).sort()).toEqual(['a', 'b']);
    expect(ids({ division: '990103' })).toEqual(['b']);
    expect(ids({ division: '98' })).toEqual([]);
  });

  it('overdue: the stored flag, or a due date already past today', () => {
    add(
      { caseId: 'flagged', overdue: true, nextDueDate: '2026-03-12' },
      { caseId: 'past', overdue: false, nextDueDate: '2026-03-09' },
      { caseId: 'today', overdue: false, nextDueDate: '2026-03-10' },
      { caseId: 'none', overdue: false, nextDueDate: null },
    );
    expect(ids({ overdue: true }).sort()).toEqual(['flagged', 'past']);
    const items = index.query(leader, {}).items;
    expect(items.find((item) => item.caseId === 'past')?.overdue).toBe(true);
    expect(items.find((item) => item.caseId === 'today')?.overdue).toBe(false);
  });

  it('due within N days: from today to today + N inclusive', () => {
    add(
      { caseId: 'yesterday', nextDueDate: '2026-03-09' },
      { caseId: 'today', nextDueDate: '2026-03-10' },
      { caseId: 'in7', nextDueDate: '2026-03-17' },
      { caseId: 'in8', nextDueDate: '2026-03-18' },
      { caseId: 'none', nextDueDate: null },
    );
    expect(ids({ dueWithinDays: 7 }).sort()).toEqual(['in7', 'today']);
    expect(ids({ dueWithinDays: 0 })).toEqual(['today']);
  });

  it('repeat-linked cases', () => {
    add(
      { caseId: 'a', repeatLinked: ['b'] },
      { caseId: 'b', repeatLinked: ['a'] },
      { caseId: 'c' },
    );
    expect(ids({ repeatLinked: true }).sort()).toEqual(['a', 'b']);
  });

  it('joint cases: several handling units or the joint-reception desk', () => {
    add(
      { caseId: 'co', leadUnitId: 'x', coHandlingUnitIds: ['y'] },
      { caseId: 'desk', leadUnitId: 'x', jointDesk: true },
      { caseId: 'single', leadUnitId: 'x' },
      { caseId: 'same', leadUnitId: 'x', coHandlingUnitIds: ['x'] },
    );
    expect(ids({ joint: true }).sort()).toEqual(['co', 'desk']);
    expect(index.query(leader, {}).items.find((item) => item.caseId === 'co')?.jointCase).toBe(
      true,
    );
  });

  it('combines filters with AND and counts all matches', () => {
    for (let i = 0; i < 30; i++) {
      add({
        caseId: `c${i}`,
        state: i % 2 ? 'IN_PROGRESS' : 'CLOSED',
        category: i % 3 ? 'education' : 'environment',
      });
    }
    const page = index.query(leader, { states: ['CLOSED'], categories: ['environment'], limit: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.total).toBe(5);
  });
});

describe('sorting', () => {
  beforeEach(() => {
    add(
      {
        caseId: 'a',
        registeredAt: '2026-01-03T00:00:00.000Z',
        nextDueDate: '2026-05-01',
        state: 'CLOSED',
      },
      {
        caseId: 'b',
        registeredAt: '2026-01-01T00:00:00.000Z',
        nextDueDate: null,
        state: 'REGISTERED',
      },
      {
        caseId: 'c',
        registeredAt: '2026-01-02T00:00:00.000Z',
        nextDueDate: '2026-04-01',
        state: 'IN_PROGRESS',
      },
      {
        caseId: 'd',
        registeredAt: '2026-01-04T00:00:00.000Z',
        nextDueDate: '2026-04-15',
        state: 'REGISTERED',
      },
    );
  });

  it('by registration, newest first by default', () => {
    expect(ids()).toEqual(['d', 'a', 'c', 'b']);
    expect(ids({ sort: 'registeredAt', direction: 'asc' })).toEqual(['b', 'c', 'a', 'd']);
  });

  it('by due date, soonest first by default, cases without one last either way', () => {
    expect(ids({ sort: 'dueDate' })).toEqual(['c', 'd', 'a', 'b']);
    expect(ids({ sort: 'dueDate', direction: 'desc' })).toEqual(['a', 'd', 'c', 'b']);
  });

  it('by state in workflow order, then by registration', () => {
    expect(ids({ sort: 'state' })).toEqual(['b', 'd', 'c', 'a']);
    expect(ids({ sort: 'state', direction: 'desc' })).toEqual(['a', 'c', 'd', 'b']);
  });
});

describe('keyset pagination', () => {
  const sorts: CaseQuery[] = [
    {},
    { sort: 'registeredAt', direction: 'asc' },
    { sort: 'dueDate' },
    { sort: 'dueDate', direction: 'desc' },
    { sort: 'state' },
    { sort: 'state', direction: 'desc' },
    { q: '补偿' },
    { q: '补偿', sort: 'registeredAt' },
  ];

  function walk(query: CaseQuery, limit: number, between?: (page: number) => void): string[] {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 100; page++) {
      const result = index.query(leader, { ...query, limit, ...(cursor ? { cursor } : {}) });
      seen.push(...result.items.map((item) => item.caseId));
      if (result.nextCursor === null) return seen;
      cursor = result.nextCursor;
      between?.(page);
    }
    throw new Error('pagination did not end');
  }

  beforeEach(() => {
    // Many ties on every sort key, so that only the tie-breaker orders them.
    for (let i = 0; i < 47; i++) {
      add({
        caseId: `c${String(i).padStart(2, '0')}`,
        registeredAt: `2026-01-0${1 + (i % 3)}T00:00:00.000Z`,
        nextDueDate: i % 4 === 0 ? null : `2026-04-0${1 + (i % 2)}`,
        state: (['REGISTERED', 'IN_PROGRESS', 'CLOSED'] as const)[i % 3]!,
        factsText: i % 5 === 0 ? '补偿补偿补偿' : '补偿',
      });
    }
  });

  for (const query of sorts) {
    it(`visits every case once in order: ${JSON.stringify(query)}`, () => {
      const all = ids(query);
      expect(all).toHaveLength(47);
      const paged = walk(query, 6);
      expect(paged).toEqual(all);
      expect(new Set(paged).size).toBe(47);
    });
  }

  it('stays stable when cases are added between pages', () => {
    const before = ids();
    const paged = walk({}, 5, (page) => {
      add(
        { caseId: `new-old-${page}`, registeredAt: '2025-12-01T00:00:00.000Z' },
        { caseId: `new-recent-${page}`, registeredAt: '2026-02-01T00:00:00.000Z' },
      );
    });
    const original = paged.filter((id) => !id.startsWith('new-'));
    expect(original).toEqual(before);
    expect(new Set(paged).size).toBe(paged.length);
  });

  it('reports the total of all matches on every page and ends with a null cursor', () => {
    const first = index.query(leader, { limit: 40 });
    expect(first.total).toBe(47);
    const second = index.query(leader, { limit: 40, cursor: first.nextCursor! });
    expect(second.total).toBe(47);
    expect(second.items).toHaveLength(7);
    expect(second.nextCursor).toBeNull();
  });

  it('still counts the matches when a cursor points past the last one', () => {
    const first = index.query(leader, { sort: 'dueDate', limit: 46 });
    expect(first.nextCursor).not.toBeNull();
    const lastId = ids({ sort: 'dueDate' })[46]!;
    index.remove(lastId);
    const rest = index.query(leader, { sort: 'dueDate', limit: 46, cursor: first.nextCursor! });
    expect(rest).toEqual({ items: [], total: 46, nextCursor: null });
  });

  it('refuses a cursor of another query or a forged one', () => {
    const { nextCursor } = index.query(leader, { limit: 5 });
    expect(() => index.query(leader, { limit: 5, sort: 'dueDate', cursor: nextCursor! })).toThrow(
      InvalidCursorError,
    );
    expect(() =>
      index.query(leader, { limit: 5, states: ['CLOSED'], cursor: nextCursor! }),
    ).toThrow(InvalidCursorError);
    expect(() => index.query(leader, { cursor: 'not-a-cursor' })).toThrow(InvalidCursorError);
    const forged = Buffer.from(JSON.stringify(['x', ["1' OR 1=1"], 1])).toString('base64url');
    expect(() => index.query(leader, { cursor: forged })).toThrow(InvalidCursorError);
  });
});
