import type Database from 'better-sqlite3';
import { genesisHash } from './hashAuditRow.ts';

/**
 * The audit tables and the triggers that make them append-only through any connection that
 * has not dropped them: no UPDATE or DELETE of records, inserts only at the head of the chain
 * (so `INSERT OR REPLACE` cannot overwrite a record either), and a one-row checkpoint of the
 * head that the insert itself advances, in the same statement, and that only moves forward.
 */
const schema = `
  CREATE TABLE IF NOT EXISTS audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    actor_user_id TEXT,
    actor_username TEXT,
    actor_unit_id TEXT,
    actor_role TEXT,
    source_address TEXT,
    case_id TEXT,
    document TEXT,
    outcome TEXT NOT NULL,
    details TEXT NOT NULL,
    algorithm TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS audit_log_actor ON audit_log (actor_user_id, seq)
    WHERE actor_user_id IS NOT NULL;
  CREATE INDEX IF NOT EXISTS audit_log_case ON audit_log (case_id, seq) WHERE case_id IS NOT NULL;
  CREATE INDEX IF NOT EXISTS audit_log_action ON audit_log (action, seq);
  CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log (at);

  CREATE TABLE IF NOT EXISTS audit_checkpoint (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL,
    at TEXT
  ) STRICT;
  INSERT INTO audit_checkpoint (id, seq, hash)
    SELECT 1, 0, '${genesisHash}'
    WHERE NOT EXISTS (SELECT 1 FROM audit_checkpoint) AND NOT EXISTS (SELECT 1 FROM audit_log);

  CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused'); END;
  CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused'); END;
  CREATE TRIGGER IF NOT EXISTS audit_log_at_head BEFORE INSERT ON audit_log
  WHEN NEW.seq IS NOT (SELECT seq + 1 FROM audit_checkpoint WHERE id = 1)
    OR NEW.prev_hash IS NOT (SELECT hash FROM audit_checkpoint WHERE id = 1)
  BEGIN SELECT RAISE(ABORT, 'audit_log: insert is not at the chain head'); END;
  CREATE TRIGGER IF NOT EXISTS audit_log_advance_checkpoint AFTER INSERT ON audit_log
  BEGIN UPDATE audit_checkpoint SET seq = NEW.seq, hash = NEW.hash, at = NEW.at WHERE id = 1; END;

  CREATE TRIGGER IF NOT EXISTS audit_checkpoint_forward_only BEFORE UPDATE ON audit_checkpoint
  WHEN NEW.id IS NOT OLD.id OR NEW.seq IS NOT OLD.seq + 1
  BEGIN SELECT RAISE(ABORT, 'audit_checkpoint only moves forward'); END;
  CREATE TRIGGER IF NOT EXISTS audit_checkpoint_no_delete BEFORE DELETE ON audit_checkpoint
  BEGIN SELECT RAISE(ABORT, 'audit_checkpoint cannot be deleted'); END;
  CREATE TRIGGER IF NOT EXISTS audit_checkpoint_no_insert BEFORE INSERT ON audit_checkpoint
  WHEN EXISTS (SELECT 1 FROM audit_checkpoint) OR EXISTS (SELECT 1 FROM audit_log)
  BEGIN SELECT RAISE(ABORT, 'audit_checkpoint already exists'); END;
`;

/** Creates the audit tables, indexes and triggers if missing (re-creates dropped triggers). */
export function ensureAuditSchema(db: Database.Database): void {
  db.transaction(() => db.exec(schema))();
}
