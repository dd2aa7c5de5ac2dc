import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditRecord } from '../audit/auditRecord.ts';
import { type AuditLog, createAuditLog } from '../audit/createAuditLog.ts';
import type { Principal } from '../auth/principal.ts';
import { readCredentials } from '../auth/readCredentials.ts';
import { composeServer, type ServerParts } from '../composeServer.ts';
import { mountAuditRoutes } from './auditRoutes.ts';

const password = 'correct horse 电池';
type Page = { items: AuditRecord[]; nextCursor: string | null };

describe('audit routes', () => {
  let parts: ServerParts;
  let audit: AuditLog;
  let app: Hono<{ Variables: { principal: Principal | null } }>;
  const tokens: Record<string, string> = {};

  beforeEach(async () => {
    parts = composeServer({ inMemory: true, LOG_LEVEL: 'silent' });
    parts.fixtures.createUnit({ unitId: 'u1', name: '测试单位' });
    for (const role of ['handler', 'supervisor', 'admin', 'leader'] as const) {
      await parts.fixtures.createUser({ username: role, password, role, unitId: 'u1' });
      tokens[role] = await parts.fixtures.issueToken(role);
    }
    let at = Date.parse('2026-05-01T00:00:00Z');
    const now = () => {
      at += 1000;
      return new Date(at);
    };
    audit = createAuditLog(parts.db, { now });
    // The same principal middleware as app.ts, so the routes see real sessions.
    app = new Hono();
    app.use('*', async (c, next) => {
      const token = readCredentials(c);
      c.set('principal', token ? parts.sessions.resolve(token) : null);
      await next();
    });
    mountAuditRoutes(app, { audit });
    for (let i = 1; i <= 12; i++) {
      audit.record({
        action: i % 2 === 0 ? 'case.read' : 'document.opened',
        actor: { userId: `user-${i % 3}`, unitId: 'u1' },
        sourceAddress: '192.0.2.1',
        caseId: `case-${i % 4}`,
        outcome: 'allowed',
      });
    }
  });
  afterEach(async () => {
    await parts.store.close();
    parts.db.close();
  });

  const get = (query: string, role?: string) =>
    app.request(`/api/audit${query}`, {
      headers: role ? { authorization: `Bearer ${tokens[role]}` } : {},
    });
  const verify = (role?: string) =>
    app.request('/api/audit/verify', {
      method: 'POST',
      headers: role ? { authorization: `Bearer ${tokens[role]}` } : {},
    });
  const lastRecord = () => audit.list({ limit: 1 }).items[0]!;

  it.each(['supervisor', 'admin'])(
    'lets a %s read, newest first, and records the read',
    async (role) => {
      const response = await get('?limit=5', role);
      expect(response.status).toBe(200);
      const page = (await response.json()) as Page;
      expect(page.items.map((item) => item.seq)).toEqual([12, 11, 10, 9, 8]);
      expect(page.nextCursor).toBe('8');
      expect(lastRecord()).toMatchObject({
        seq: 13,
        action: 'audit.read',
        outcome: 'allowed',
        actor: { username: role, role, unitId: 'u1' },
        sourceAddress: null,
        details: { filter: { limit: 5 }, returned: 5 },
      });
    },
  );

  it('filters by user, case, action and time, and pages with the cursor', async () => {
    const ids = async (query: string) =>
      ((await (await get(query, 'supervisor')).json()) as Page).items.map((item) => item.seq);
    expect(await ids('?userId=user-0')).toEqual([12, 9, 6, 3]);
    expect(await ids('?caseId=case-1&action=document.opened')).toEqual([9, 5, 1]);
    expect(await ids('?from=2026-05-01T08:00:03%2B08:00&to=2026-05-01T00:00:06Z')).toEqual([
      5, 4, 3,
    ]);
    expect(await ids('?userId=user-0&limit=2&cursor=9')).toEqual([6, 3]);
  });

  it.each([
    ['limit over 200', '?limit=201'],
    ['an unknown action', '?action=case.deleted'],
    ['a time without offset', '?from=2026-05-01T00:00:00'],
    ['a bad cursor', '?cursor=abc'],
    ['an unknown parameter', '?password=x'],
  ])('answers 400 to %s and records the failed read', async (_name, query) => {
    const response = await get(query, 'admin');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'invalid-request',
    );
    expect(lastRecord()).toMatchObject({ action: 'audit.read', outcome: 'failed' });
  });

  it.each(['handler', 'leader'])('refuses a %s with 403 and records the refusal', async (role) => {
    const read = await get('', role);
    expect(read.status).toBe(403);
    expect(((await read.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    expect(lastRecord()).toMatchObject({
      action: 'audit.read',
      outcome: 'denied',
      actor: { role },
    });
    const check = await verify(role);
    expect(check.status).toBe(403);
    expect(lastRecord()).toMatchObject({ action: 'audit.verified', outcome: 'denied' });
  });

  it('answers 401 to anonymous calls', async () => {
    expect((await get('')).status).toBe(401);
    expect((await verify()).status).toBe(401);
    const bad = await app.request('/api/audit', { headers: { authorization: 'Bearer nope' } });
    expect(bad.status).toBe(401);
    expect(audit.head()!.seq).toBe(12);
  });

  it('verifies the chain for a supervisor and records the check', async () => {
    const response = await verify('supervisor');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, count: 12, head: { seq: 12 } });
    expect(lastRecord()).toMatchObject({
      seq: 13,
      action: 'audit.verified',
      details: { ok: true, count: 12 },
    });
  });

  it('reports a tampered record to an admin', async () => {
    parts.db.exec('DROP TRIGGER audit_log_no_update');
    parts.db.exec("UPDATE audit_log SET actor_user_id = 'nobody' WHERE seq = 7");
    const result = await (await verify('admin')).json();
    expect(result).toMatchObject({
      ok: false,
      count: 6,
      firstBrokenSeq: 7,
      problem: 'hash-mismatch',
    });
    expect(lastRecord()).toMatchObject({
      action: 'audit.verified',
      details: { ok: false, firstBrokenSeq: 7, problem: 'hash-mismatch' },
    });
  });
});
