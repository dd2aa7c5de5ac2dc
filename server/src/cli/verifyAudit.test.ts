import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuditLog } from '../audit/createAuditLog.ts';
import { openAppDatabase } from '../db/openAppDatabase.ts';

const script = fileURLToPath(new URL('./verifyAudit.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function runCli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('verifyAudit command', () => {
  let dir: string;
  let head: { seq: number; hash: string };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lianban-verify-'));
    const db = openAppDatabase(join(dir, 'app.sqlite'));
    const audit = createAuditLog(db);
    for (let i = 0; i < 200; i++) {
      audit.record({
        action: 'search',
        actor: { userId: 'u1', unitId: 'unit1' },
        sourceAddress: '192.0.2.3',
        outcome: 'allowed',
        details: { query: `第${i}号` },
      });
    }
    head = audit.head()!;
    db.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 on an intact log, prints the count and the head to keep as an anchor', () => {
    const { code, out } = runCli('--data-dir', dir);
    expect(out).toContain('OK: 200 records');
    expect(out).toContain(`--anchor 200:${head.hash}`);
    expect(code).toBe(0);
    expect(runCli('--data-dir', dir, '--anchor', `200:${head.hash}`).code).toBe(0);
  });

  it('exits 1 and names the first broken record of a tampered log', () => {
    const db = openAppDatabase(join(dir, 'app.sqlite'));
    db.exec('DROP TRIGGER audit_log_no_update');
    db.exec(`UPDATE audit_log SET details = '{"query":"改"}' WHERE seq = 120`);
    db.close();
    const { code, out } = runCli('--data-dir', dir);
    expect(out).toContain('BROKEN at record 120 (hash-mismatch)');
    expect(out).toContain('119 records verified');
    expect(code).toBe(1);
  });

  it('exits 1 when an anchor no longer matches', () => {
    const { code, out } = runCli('--data-dir', dir, '--anchor', `200:${'a'.repeat(64)}`);
    expect(out).toContain('anchor-mismatch');
    expect(code).toBe(1);
  });

  it('exits 1 on a missing database or bad arguments', () => {
    const missing = runCli('--data-dir', join(dir, 'nowhere'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/verifyAudit: /);
    expect(runCli('--data-dir', dir, '--anchor', 'latest').code).toBe(1);
    expect(runCli('--data-dir', dir, '--frobnicate').code).toBe(1);
  });

  it('reads while a server holds the database open and writes', () => {
    const db = openAppDatabase(join(dir, 'app.sqlite'));
    const audit = createAuditLog(db);
    audit.record({
      action: 'export',
      actor: { userId: 'u1', unitId: 'unit1' },
      sourceAddress: null,
      outcome: 'allowed',
    });
    const { code, out } = runCli('--data-dir', dir);
    db.close();
    expect(out).toContain('OK: 201 records');
    expect(code).toBe(0);
  });
});
