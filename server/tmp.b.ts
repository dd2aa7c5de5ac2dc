import Database from 'better-sqlite3';
import { createAuditLog } from './src/audit/createAuditLog.ts';

function run(name: string, tweak?: (db: Database.Database) => void) {
  const db = new Database(':memory:');
  const a = createAuditLog(db);
  tweak?.(db);
  const n = 20000;
  const s = performance.now();
  for (let i = 0; i < n; i++)
    a.record({
      action: 'case.read',
      actor: { userId: 'user-' + (i % 500), unitId: 'u', role: 'handler' },
      sourceAddress: '1.2.3.4',
      caseId: 'case-' + (i % 5000),
      outcome: 'allowed',
      details: { access: 'read' },
    });
  console.log(name, Math.round((n / (performance.now() - s)) * 1000), '/s');
}
run('all');
run('no idx', (db) =>
  db.exec(
    'DROP INDEX audit_log_at; DROP INDEX audit_log_actor; DROP INDEX audit_log_case; DROP INDEX audit_log_action',
  ),
);
run('no head trigger', (db) => db.exec('DROP TRIGGER audit_log_at_head'));
run('no ckpt triggers', (db) =>
  db.exec('DROP TRIGGER audit_log_advance_checkpoint; DROP TRIGGER audit_log_at_head'),
);
run('no triggers', (db) =>
  db.exec(
    'DROP TRIGGER audit_log_advance_checkpoint; DROP TRIGGER audit_log_at_head; DROP TRIGGER audit_checkpoint_forward_only',
  ),
);
