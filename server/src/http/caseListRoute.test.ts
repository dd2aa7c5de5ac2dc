import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal.ts';
import { readCredentials } from '../auth/readCredentials.ts';
import { buildCaseIndexEntry } from '../caseIndex/buildCaseIndexEntry.ts';
import type { CaseListPage } from '../caseIndex/caseIndexEntry.ts';
import { type CaseIndex, createCaseIndex } from '../caseIndex/createCaseIndex.ts';
import { composeServer, type ServerParts } from '../composeServer.ts';
import { mountCaseListRoute } from './caseListRoute.ts';

describe('GET /api/cases', () => {
  let parts: ServerParts;
  let index: CaseIndex;
  let app: Hono<{ Variables: { principal: Principal | null } }>;
  const tokens: Record<string, string> = {};

  async function get(path: string, user?: string) {
    const headers: Record<string, string> = user ? { authorization: `Bearer ${tokens[user]}` } : {};
    const response = await app.request(path, { headers });
    return {
      status: response.status,
      body: (await response.json()) as CaseListPage & { error?: { code: string } },
    };
  }

  beforeEach(async () => {
    // The server's accounts and sessions, and an app of this route alone behind the same
    // session middleware, so that the test does not depend on how the server wires it.
    parts = composeServer({ inMemory: true, LOG_LEVEL: 'silent' });
    index = createCaseIndex(parts.db, { now: () => new Date('2026-03-10T04:00:00Z') });
    app = new Hono<{ Variables: { principal: Principal | null } }>();
    app.use('*', async (c, next) => {
      const token = readCredentials(c);
      c.set('principal', token ? parts.sessions.resolve(token) : null);
      await next();
    });
    mountCaseListRoute(app, { index });
    parts.fixtures.createUnit({
      unitId: 'k1-zj',
      name: '河东区住建局',
      divisionCode: '990102',
      level: 'county',
    });
    parts.fixtures.createUnit({
      unitId: 'k1-cg',
      name: '河东区城管局',
      divisionCode: '990102',
      level: 'county',
    });
    parts.fixtures.createUnit({
      unitId: 'c1-xfj',
      name: '青川市信访局',
      divisionCode: '990100',
      level: 'city',
    });
    const users = [
      ['li', 'handler', 'k1-zj'],
      ['zhao', 'handler', 'k1-cg'],
      ['sun', 'supervisor', 'c1-xfj'],
    ] as const;
    for (const [username, role, unitId] of users) {
      await parts.fixtures.createUser({ username, password: 'pw-123456789', role, unitId });
      tokens[username] = await parts.fixtures.issueToken(username);
    }
    for (let i = 0; i < 30; i++) {
      index.upsert(
        buildCaseIndexEntry({
          caseId: `c${i}`,
          leadUnitId: 'k1-zj',
          registeredAt: `2026-02-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00.000Z`,
          state: i % 2 ? 'IN_PROGRESS' : 'CLOSED',
          category: i % 3 ? 'urbanDemolition' : 'environment',
          nextDueDate: i < 4 ? '2026-03-01' : '2026-04-30',
          title: i === 7 ? '化工厂排污' : '拆迁补偿',
          accusedUnitIds: i < 10 ? ['k1-cg'] : [],
        }),
      );
    }
  });
  afterEach(async () => {
    await parts.store.close();
    parts.db.close();
  });

  it('answers 401 without a session', async () => {
    const { status, body } = await get('/api/cases');
    expect(status).toBe(401);
    expect(body.error?.code).toBe('unauthenticated');
  });

  it('lists, filters and counts for a handler, unmasked for their own cases', async () => {
    const { status, body } = await get(
      '/api/cases?state=CLOSED&category=urbanDemolition,environment&limit=4',
      'li',
    );
    expect(status).toBe(200);
    expect(body.total).toBe(15);
    expect(body.items).toHaveLength(4);
    expect(body.items[0]).toMatchObject({ state: 'CLOSED', petitionerMasked: false });
    expect(body.items[0]?.petitioner?.phone).toBe('13900001111');
    expect(typeof body.nextCursor).toBe('string');
  });

  it('pages with the cursor to the end without repeats', async () => {
    const seen: string[] = [];
    let path = '/api/cases?sort=registeredAt:asc&limit=7';
    for (;;) {
      const { body } = await get(path, 'li');
      seen.push(...body.items.map((item) => item.caseId));
      if (!body.nextCursor) break;
      path = `/api/cases?sort=registeredAt:asc&limit=7&cursor=${body.nextCursor}`;
    }
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
  });

  it('searches, masks for a supervisor, and filters overdue and due-within', async () => {
    const search = await get(`/api/cases?q=${encodeURIComponent('排污')}`, 'sun');
    expect(search.body.items.map((item) => item.caseId)).toEqual(['c7']);
    expect(search.body.items[0]).toMatchObject({ petitionerMasked: true });
    expect(search.body.items[0]?.petitioner?.idNumber).toBe('9901**********1234');
    expect((await get('/api/cases?overdue=true', 'sun')).body.total).toBe(4);
    expect((await get('/api/cases?dueWithinDays=60', 'sun')).body.total).toBe(26);
  });

  it('gives the accused unit nothing: no rows, no count, no search hit', async () => {
    expect((await get('/api/cases', 'li')).body.total).toBe(30);
    expect((await get('/api/cases', 'sun')).body.total).toBe(30);
    const zhao = await get('/api/cases?unitId=k1-zj', 'zhao');
    expect(zhao.status).toBe(200);
    expect(zhao.body).toEqual({ items: [], total: 0, nextCursor: null });
    const search = await get(`/api/cases?q=${encodeURIComponent('排污')}`, 'zhao');
    expect(search.body.total).toBe(0);
  });

  it('refuses bad parameters with invalid-request', async () => {
    const bad = [
      'limit=0',
      'limit=101',
      'limit=ten',
      'state=closed',
      'category=nonsense',
      'channel=pigeon',
      'level=galaxy',
      'division=99ab',
      'overdue=yes',
      'dueWithinDays=-1',
      'sort=title',
      'sort=dueDate:up',
      'cursor=%%%',
      'cursor=bm90LWEtY3Vyc29y',
      'q=',
      'limit=5&limit=6',
      'stat=CLOSED',
    ];
    for (const query of bad) {
      const { status, body } = await get(`/api/cases?${query}`, 'li');
      expect({ query, status, code: body.error?.code }).toEqual({
        query,
        status: 400,
        code: 'invalid-request',
      });
    }
  });
});
