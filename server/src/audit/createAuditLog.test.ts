import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppDatabase } from '../db/openAppDatabase.ts';
import { AuditEntryError } from './auditEntryError.ts';
import type { AuditEntryInput } from './auditRecord.ts';
import { createAuditLog } from './createAuditLog.ts';
import { genesisHash } from './hashAuditRow.ts';

function entry(overrides: Partial<AuditEntryInput> = {}): AuditEntryInput {
  return {
    action: 'case.read',
    actor: { userId: 'u1', username: 'li', unitId: 'unit1', role: 'handler' },
    sourceAddress: '192.0.2.7',
    caseId: 'case-1',
    outcome: 'allowed',
    ...overrides,
  };
}

function tickingClock(start = Date.parse('2026-03-01T00:00:00Z')): () => Date {
  let at = start;
  return () => {
    at += 1000;
    return new Date(at);
  };
}

const temporary: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lianban-audit-'));
  temporary.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('createAuditLog', () => {
  it('records gapless, linked rows and verifies after many records', () => {
    const log = createAuditLog(new Database(':memory:'), { now: tickingClock() });
    const first = log.record(entry({ details: { b: 2, a: 1 } }));
    expect(first).toMatchObject({
      seq: 1,
      at: '2026-03-01T00:00:01.000Z',
      action: 'case.read',
      actor: { userId: 'u1', username: 'li', unitId: 'unit1', role: 'handler' },
      sourceAddress: '192.0.2.7',
      caseId: 'case-1',
      document: null,
      outcome: 'allowed',
      details: { a: 1, b: 2 },
      algorithm: 'sha256',
      prevHash: genesisHash,
    });
    let previous = first;
    for (let i = 2; i <= 5_000; i++) {
      const next = log.record(entry({ actor: { userId: `u${i % 7}`, unitId: null } }));
      expect(next.seq).toBe(i);
      expect(next.prevHash).toBe(previous.hash);
      previous = next;
    }
    expect(log.verify()).toEqual({
      ok: true,
      count: 5_000,
      head: { seq: 5_000, hash: previous.hash },
    });
    expect(log.head()).toEqual({ seq: 5_000, hash: previous.hash });
  });

  it('verifies an empty log', () => {
    const log = createAuditLog(new Database(':memory:'));
    expect(log.verify()).toEqual({ ok: true, count: 0, head: null });
    expect(log.head()).toBeNull();
  });

  it.each([
    ['password', { password: 'hunter2' }],
    ['a nested token', { request: { headers: [{ accessToken: 'x' }] } }],
    ['api_key', { api_key: 'k' }],
    ['Set-Cookie', { 'Set-Cookie': 'lianban_session=abc' }],
    ['a Chinese key', { 新密码: 'x' }],
    ['a bearer value', { header: 'Bearer abcdef' }],
    ['a password hash value', { stored: '$argon2id$v=19$m=19456,t=2,p=1$abc$def' }],
  ])('refuses details with %s and writes nothing', (_name, details) => {
    const log = createAuditLog(new Database(':memory:'));
    log.record(entry());
    expect(() => log.record(entry({ details }))).toThrow(
      expect.objectContaining({ name: 'AuditEntryError', code: 'secret-in-details' }),
    );
    expect(log.list().items).toHaveLength(1);
    expect(log.record(entry()).seq).toBe(2);
    expect(log.verify().ok).toBe(true);
  });

  it('refuses an unknown action or outcome, non-JSON and oversized details', () => {
    const log = createAuditLog(new Database(':memory:'));
    const bad = (overrides: Record<string, unknown>) => () =>
      log.record({ ...entry(), ...overrides } as AuditEntryInput);
    expect(bad({ action: 'case.deleted' })).toThrow(AuditEntryError);
    expect(bad({ outcome: 'maybe' })).toThrow(AuditEntryError);
    expect(bad({ details: { at: new Date() } })).toThrow(AuditEntryError);
    expect(bad({ details: ['x'] })).toThrow(AuditEntryError);
    expect(bad({ details: { note: 'x'.repeat(9_000) } })).toThrow(/more than/);
    expect(log.head()).toBeNull();
  });

  it('lists newest first, by filter, page by page', () => {
    const log = createAuditLog(new Database(':memory:'), { now: tickingClock() });
    for (let i = 1; i <= 30; i++) {
      log.record(
        entry({
          action: i % 3 === 0 ? 'document.opened' : 'case.read',
          actor: { userId: i % 2 === 0 ? 'even' : 'odd', unitId: 'unit1' },
          caseId: `case-${i % 5}`,
        }),
      );
    }
    const seqs = (items: readonly { seq: number }[]) => items.map((item) => item.seq);
    expect(seqs(log.list({ limit: 3 }).items)).toEqual([30, 29, 28]);
    expect(seqs(log.list({ userId: 'even', action: 'document.opened' }).items)).toEqual([
      30, 24, 18, 12, 6,
    ]);
    expect(seqs(log.list({ caseId: 'case-0' }).items)).toEqual([30, 25, 20, 15, 10, 5]);
    const window = log.list({ from: '2026-03-01T00:00:10.000Z', to: '2026-03-01T00:00:13.000Z' });
    expect(seqs(window.items)).toEqual([12, 11, 10]);

    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = log.list({ userId: 'odd', limit: 4, ...(cursor ? { cursor } : {}) });
      seen.push(...seqs(page.items));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([29, 27, 25, 23, 21, 19, 17, 15, 13, 11, 9, 7, 5, 3, 1]);
    expect(log.list({ limit: 500 }).items).toHaveLength(30);
    expect(log.list({ limit: 30 }).nextCursor).toBeNull();
    expect(log.list({ limit: 29 }).nextCursor).toBe('2');
    expect(log.list({ limit: 5, cursor: '6' }).nextCursor).toBeNull();
    expect(() => log.list({ cursor: '0; DROP TABLE audit_log' })).toThrow(RangeError);
  });

  it('continues the chain after the database is closed and reopened', () => {
    const path = join(tempDir(), 'app.sqlite');
    let db = openAppDatabase(path);
    let log = createAuditLog(db);
    for (let i = 0; i < 100; i++) log.record(entry());
    const head = log.head();
    db.close();

    db = openAppDatabase(path);
    log = createAuditLog(db, { algorithm: 'sm3' });
    expect(log.head()).toEqual(head);
    const next = log.record(entry({ action: 'export' }));
    expect(next).toMatchObject({ seq: 101, prevHash: head!.hash, algorithm: 'sm3' });
    for (let i = 0; i < 99; i++) log.record(entry());
    expect(log.verify()).toMatchObject({ ok: true, count: 200 });
    db.close();
  });

  it('chains onto another writer of the same file instead of forking', () => {
    const path = join(tempDir(), 'app.sqlite');
    const first = openAppDatabase(path);
    const second = openAppDatabase(path);
    const a = createAuditLog(first);
    const b = createAuditLog(second);
    a.record(entry());
    b.record(entry());
    a.record(entry());
    expect(a.list().items.map((item) => item.seq)).toEqual([3, 2, 1]);
    expect(b.verify()).toMatchObject({ ok: true, count: 3 });
    first.close();
    second.close();
  });

  it('recovers its head after the caller rolls a transaction back', () => {
    const db = new Database(':memory:');
    const log = createAuditLog(db);
    log.record(entry());
    expect(() =>
      db.transaction(() => {
        log.record(entry({ action: 'command.rejected', outcome: 'denied' }));
        throw new Error('business rule failed');
      })(),
    ).toThrow('business rule failed');
    expect(log.record(entry()).seq).toBe(2);
    expect(log.verify()).toMatchObject({ ok: true, count: 2 });
  });

  it('refuses to start when the last record and the checkpoint disagree', () => {
    const db = new Database(':memory:');
    const log = createAuditLog(db);
    log.record(entry());
    log.record(entry());
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.exec('DELETE FROM audit_log WHERE seq = 2');
    expect(() => createAuditLog(db)).toThrow(/tampered/);
  });

  it('refuses a hash this OpenSSL lacks', () => {
    expect(() =>
      createAuditLog(new Database(':memory:'), { algorithm: 'md5' as 'sha256' }),
    ).toThrow(/not available/);
  });
});
