import type { WorkflowEvent } from '@lianban/case-model';
import type { AppDatabase } from '../db/openAppDatabase.ts';

/** One event as stored, with the hash of the command that produced it (see `commandHash`). */
export interface StoredEvent {
  readonly caseId: string;
  readonly seq: number;
  readonly event: WorkflowEvent;
  readonly commandHash: string;
  readonly recordedAt: string;
}

/** An event to append and the hash of the command it came from. */
export interface NewEvent {
  readonly event: WorkflowEvent;
  readonly commandHash: string;
}

/** The append-only workflow event log, one sequence per case. */
export interface EventStore {
  /** Appends events to a case's log in one transaction (nested in the caller's, if any). */
  append(caseId: string, events: readonly NewEvent[], recordedAt: string): void;
  /** Every event of a case in the order it was stored (the fold sorts them itself). */
  list(caseId: string): WorkflowEvent[];
  /** The event a command with this idempotency key produced on this case, if any. */
  findByKey(caseId: string, idempotencyKey: string): StoredEvent | null;
  /** The `register` event with this idempotency key, whatever its case. */
  findRegistration(idempotencyKey: string): StoredEvent | null;
}

interface EventRow {
  case_id: string;
  seq: number;
  id: string;
  idempotency_key: string;
  type: string;
  at: string;
  actor: string;
  payload: string;
  basis: string | null;
  command_hash: string;
  recorded_at: string;
}

/**
 * Creates the event table if missing. Keys are unique per case, a `register` key everywhere (a
 * retried registration must find its case). UPDATE and DELETE abort: corrections are new events.
 */
export function ensureEventStoreSchema(db: AppDatabase): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS workflow_events (
      case_id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      id TEXT NOT NULL,
      idempotency_key TEXT NOT NULL,
      type TEXT NOT NULL, at TEXT NOT NULL, actor TEXT NOT NULL, payload TEXT NOT NULL,
      basis TEXT,
      command_hash TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      PRIMARY KEY (case_id, seq),
      UNIQUE (case_id, idempotency_key),
      UNIQUE (case_id, id)
    ) STRICT;
    CREATE UNIQUE INDEX IF NOT EXISTS workflow_events_register_key
      ON workflow_events(idempotency_key) WHERE type = 'register';
    CREATE TRIGGER IF NOT EXISTS workflow_events_no_update BEFORE UPDATE ON workflow_events
      BEGIN SELECT RAISE(ABORT, 'workflow events are append-only'); END;
    CREATE TRIGGER IF NOT EXISTS workflow_events_no_delete BEFORE DELETE ON workflow_events
      BEGIN SELECT RAISE(ABORT, 'workflow events are append-only'); END;
  `);
}

function readRow(row: EventRow): StoredEvent {
  // The row was written from a WorkflowEvent by `append`; its type is the one it was stored with.
  const event = {
    id: row.id,
    type: row.type,
    at: row.at,
    actor: JSON.parse(row.actor),
    payload: JSON.parse(row.payload),
    causedBy: row.idempotency_key,
    basis: row.basis,
  } as WorkflowEvent;
  return {
    caseId: row.case_id,
    seq: row.seq,
    event,
    commandHash: row.command_hash,
    recordedAt: row.recorded_at,
  };
}

/** Creates the event store over the app database, creating its table if needed. */
export function createEventStore(db: AppDatabase): EventStore {
  ensureEventStoreSchema(db);
  const insert = db.prepare(`INSERT INTO workflow_events
    (case_id, seq, id, idempotency_key, type, at, actor, payload, basis, command_hash, recorded_at)
    VALUES (@case_id, @seq, @id, @idempotency_key, @type, @at, @actor, @payload, @basis,
      @command_hash, @recorded_at)`);
  const lastSeq = db
    .prepare('SELECT coalesce(max(seq), 0) FROM workflow_events WHERE case_id = ?')
    .pluck();
  const selectCase = db.prepare('SELECT * FROM workflow_events WHERE case_id = ? ORDER BY seq');
  const selectKey = db.prepare(
    'SELECT * FROM workflow_events WHERE case_id = ? AND idempotency_key = ?',
  );
  const selectRegistration = db.prepare(
    "SELECT * FROM workflow_events WHERE type = 'register' AND idempotency_key = ?",
  );
  const append = db.transaction(
    (caseId: string, events: readonly NewEvent[], recordedAt: string) => {
      let seq = lastSeq.get(caseId) as number;
      for (const { event, commandHash } of events) {
        seq += 1;
        insert.run({
          case_id: caseId,
          seq,
          id: event.id,
          idempotency_key: event.causedBy,
          type: event.type,
          at: event.at,
          actor: JSON.stringify(event.actor),
          payload: JSON.stringify(event.payload),
          basis: event.basis,
          command_hash: commandHash,
          recorded_at: recordedAt,
        });
      }
    },
  );
  return {
    append(caseId, events, recordedAt) {
      append(caseId, events, recordedAt);
    },
    list(caseId) {
      return (selectCase.all(caseId) as EventRow[]).map((row) => readRow(row).event);
    },
    findByKey(caseId, idempotencyKey) {
      const row = selectKey.get(caseId, idempotencyKey) as EventRow | undefined;
      return row ? readRow(row) : null;
    },
    findRegistration(idempotencyKey) {
      const row = selectRegistration.get(idempotencyKey) as EventRow | undefined;
      return row ? readRow(row) : null;
    },
  };
}
