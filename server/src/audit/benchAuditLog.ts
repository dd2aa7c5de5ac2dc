/**
 * Appends 100,000 audit records to a temp-file app database (WAL, as the server opens it) and
 * times the appends and one full verification; with SHA-256 and SM3, then SHA-256 under
 * `synchronous = FULL` (a tenth of the records).
 *
 *   node --import tsx server/src/audit/benchAuditLog.ts [count]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAppDatabase } from '../db/openAppDatabase.ts';
import { createAuditLog } from './createAuditLog.ts';
import type { AuditHashAlgorithm } from './hashAuditRow.ts';

const total = Number(process.argv[2] ?? 100_000);

function bench(algorithm: AuditHashAlgorithm, synchronous: 'NORMAL' | 'FULL', count: number): void {
  const dir = mkdtempSync(join(tmpdir(), 'lianban-audit-bench-'));
  const db = openAppDatabase(join(dir, 'app.sqlite'), synchronous);
  try {
    const audit = createAuditLog(db, { algorithm });
    const started = performance.now();
    for (let i = 0; i < count; i++) {
      audit.record({
        action: i % 10 === 0 ? 'document.opened' : 'case.read',
        actor: {
          userId: `user-${i % 500}`,
          username: `user${i % 500}`,
          unitId: `unit-${i % 40}`,
          role: 'handler',
        },
        sourceAddress: '192.0.2.10',
        caseId: `case-${i % 5_000}`,
        outcome: 'allowed',
        details: { access: 'read', via: 'web' },
      });
    }
    const appendMs = performance.now() - started;
    const verifyStarted = performance.now();
    const verification = audit.verify();
    const verifyMs = performance.now() - verifyStarted;
    if (!verification.ok) throw new Error(`bench chain broken: ${verification.message}`);
    const perSecond = Math.round(count / (appendMs / 1000));
    process.stdout.write(
      `${algorithm} synchronous=${synchronous}: ${count} appends in ${appendMs.toFixed(0)} ms ` +
        `(${perSecond} records/s, ${((appendMs * 1000) / count).toFixed(1)} µs each); ` +
        `verify ${verifyMs.toFixed(0)} ms\n`,
    );
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

bench('sha256', 'NORMAL', total);
bench('sm3', 'NORMAL', total);
// FULL syncs every commit, so a tenth is enough to see its rate.
bench('sha256', 'FULL', Math.ceil(total / 10));
