import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntryInput } from './auditRecord.ts';
import { type AuditLog, createAuditLog } from './createAuditLog.ts';
import { ensureAuditSchema } from './ensureAuditSchema.ts';
import { genesisHash, hashAuditRow } from './hashAuditRow.ts';
import { verifyAuditChain } from './verifyAuditChain.ts';

const sample: AuditEntryInput = {
  action: 'document.opened',
  actor: { userId: 'u1', unitId: 'unit1', role: 'handler' },
  sourceAddress: '198.51.100.4',
  caseId: 'case-1',
  document: 'case-1/file',
  outcome: 'allowed',
  details: { access: 'write' },
};

function dropTriggers(db: Database.Database): void {
  const names = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'audit_%'")
    .pluck()
    .all() as string[];
  for (const name of names) db.exec(`DROP TRIGGER ${name}`);
}

describe('append-only triggers', () => {
  let db: Database.Database;
  let log: AuditLog;
  beforeEach(() => {
    db = new Database(':memory:');
    log = createAuditLog(db);
    for (let i = 0; i < 5; i++) log.record(sample);
  });

  it.each([
    ['UPDATE', "UPDATE audit_log SET outcome = 'denied' WHERE seq = 2"],
    ['DELETE', 'DELETE FROM audit_log WHERE seq = 5'],
    ['DELETE all', 'DELETE FROM audit_log'],
    [
      'INSERT OR REPLACE over a record',
      'INSERT OR REPLACE INTO audit_log SELECT * FROM audit_log WHERE seq = 3',
    ],
    [
      'an insert off the head',
      'INSERT INTO audit_log SELECT 9, at, action, actor_user_id, actor_username, actor_unit_id, actor_role, source_address, case_id, document, outcome, details, algorithm, prev_hash, hash FROM audit_log WHERE seq = 5',
    ],
    [
      'an insert at the next seq that does not link to the head',
      'INSERT INTO audit_log SELECT 6, at, action, actor_user_id, actor_username, actor_unit_id, actor_role, source_address, case_id, document, outcome, details, algorithm, prev_hash, hash FROM audit_log WHERE seq = 5',
    ],
    ['a checkpoint rollback', 'UPDATE audit_checkpoint SET seq = 2'],
    ['a checkpoint delete', 'DELETE FROM audit_checkpoint'],
    [
      'a checkpoint replace',
      `INSERT OR REPLACE INTO audit_checkpoint (id, seq, hash) VALUES (1, 0, '${genesisHash}')`,
    ],
  ])('refuse %s', (_name, sql) => {
    const refusal = sql.includes('audit_checkpoint')
      ? /audit_checkpoint/
      : sql.startsWith('INSERT')
        ? /not at the chain head/
        : /append-only/;
    expect(() => db.prepare(sql).run()).toThrow(refusal);
    expect(log.verify()).toMatchObject({ ok: true, count: 5 });
  });

  it('come back when the schema is ensured again (every server start)', () => {
    dropTriggers(db);
    ensureAuditSchema(db);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });
});

describe('verifyAuditChain, after the triggers were dropped', () => {
  let db: Database.Database;
  let log: AuditLog;
  beforeEach(() => {
    db = new Database(':memory:');
    log = createAuditLog(db);
    for (let i = 0; i < 50; i++) log.record({ ...sample, details: { n: i } });
    dropTriggers(db);
  });

  it.each([
    ['outcome', "'denied'"],
    ['actor_user_id', "'someone-else'"],
    ['at', "'2020-01-01T00:00:00.000Z'"],
    ['details', `'{"n":999}'`],
    ['source_address', 'NULL'],
  ])('reports an edited %s as the first broken record', (column, value) => {
    db.exec(`UPDATE audit_log SET ${column} = ${value} WHERE seq = 17`);
    expect(log.verify()).toMatchObject({
      ok: false,
      count: 16,
      firstBrokenSeq: 17,
      problem: 'hash-mismatch',
    });
  });

  it('reports an edited and re-hashed record at the next record', () => {
    const row = db.prepare('SELECT * FROM audit_log WHERE seq = 17').get() as Parameters<
      typeof hashAuditRow
    >[0];
    const forged = { ...row, outcome: 'denied' };
    db.prepare('UPDATE audit_log SET outcome = ?, hash = ? WHERE seq = 17').run(
      forged.outcome,
      hashAuditRow(forged),
    );
    expect(log.verify()).toMatchObject({
      ok: false,
      firstBrokenSeq: 18,
      problem: 'chain-mismatch',
    });
  });

  it('reports a deleted record as a gap', () => {
    db.exec('DELETE FROM audit_log WHERE seq = 23');
    const result = log.verify();
    expect(result).toMatchObject({ ok: false, count: 22, firstBrokenSeq: 23, problem: 'gap' });
    expect(!result.ok && result.message).toContain('record 23 missing');
  });

  it('reports a deleted first record', () => {
    db.exec('DELETE FROM audit_log WHERE seq = 1');
    expect(log.verify()).toMatchObject({ ok: false, firstBrokenSeq: 1, problem: 'gap' });
  });

  it('reports a truncated tail through the checkpoint', () => {
    db.exec('DELETE FROM audit_log WHERE seq > 40');
    expect(log.verify()).toMatchObject({
      ok: false,
      count: 40,
      firstBrokenSeq: 41,
      problem: 'truncated',
    });
  });

  it('reports a deleted checkpoint', () => {
    db.exec('DELETE FROM audit_checkpoint');
    expect(log.verify()).toMatchObject({ ok: false, problem: 'checkpoint-missing' });
  });

  it('reports records appended behind the checkpoint', () => {
    db.exec('UPDATE audit_checkpoint SET seq = 45');
    expect(log.verify()).toMatchObject({
      ok: false,
      firstBrokenSeq: 46,
      problem: 'beyond-checkpoint',
    });
  });

  it('reports a replaced hash algorithm', () => {
    db.exec("UPDATE audit_log SET algorithm = 'md5' WHERE seq = 3");
    expect(log.verify()).toMatchObject({
      ok: false,
      firstBrokenSeq: 3,
      problem: 'unknown-algorithm',
    });
  });

  it('needs an external anchor to catch a tail cut together with the checkpoint', () => {
    const anchor = log.head()!;
    const at40 = db.prepare('SELECT hash FROM audit_log WHERE seq = 40').pluck().get() as string;
    db.exec('DELETE FROM audit_log WHERE seq > 40');
    db.prepare('UPDATE audit_checkpoint SET seq = 40, hash = ?').run(at40);
    expect(log.verify()).toMatchObject({ ok: true, count: 40 });
    expect(log.verify({ anchor })).toMatchObject({
      ok: false,
      firstBrokenSeq: 41,
      problem: 'truncated',
    });
  });

  it('catches a rewritten history against an anchor', () => {
    const anchor = log.head()!;
    const early = {
      seq: 10,
      hash: db.prepare('SELECT hash FROM audit_log WHERE seq = 10').pluck().get() as string,
    };
    expect(log.verify({ anchor: early })).toMatchObject({ ok: true });
    const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Parameters<
      typeof hashAuditRow
    >[0][];
    let prev = genesisHash;
    const rewrite = db.prepare(
      'UPDATE audit_log SET outcome = ?, prev_hash = ?, hash = ? WHERE seq = ?',
    );
    for (const row of rows) {
      const forged = { ...row, outcome: 'denied', prev_hash: prev };
      prev = hashAuditRow(forged);
      rewrite.run(forged.outcome, forged.prev_hash, prev, row.seq);
    }
    db.prepare('UPDATE audit_checkpoint SET hash = ?').run(prev);
    expect(log.verify()).toMatchObject({ ok: true, count: 50 });
    expect(log.verify({ anchor })).toMatchObject({
      ok: false,
      firstBrokenSeq: 50,
      problem: 'anchor-mismatch',
    });
    expect(log.verify({ anchor: early })).toMatchObject({
      ok: false,
      firstBrokenSeq: 10,
      problem: 'anchor-mismatch',
    });
  });

  it('reports a database without the log', () => {
    db.exec('DROP TABLE audit_log');
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, problem: 'missing-table' });
  });
});
