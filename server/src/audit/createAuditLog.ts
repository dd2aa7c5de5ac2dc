import type Database from 'better-sqlite3';
import { assertNoSecrets } from './assertNoSecrets.ts';
import { auditActions, auditOutcomes } from './auditAction.ts';
import { AuditEntryError } from './auditEntryError.ts';
import {
  type AuditEntryInput,
  type AuditRecord,
  type AuditRow,
  readAuditRow,
} from './auditRecord.ts';
import { type AuditFilter, type AuditPage, createAuditQuery } from './createAuditQuery.ts';
import { ensureAuditSchema } from './ensureAuditSchema.ts';
import {
  type AuditHashAlgorithm,
  genesisHash,
  hashAuditRow,
  isHashAvailable,
} from './hashAuditRow.ts';
import { type AuditHead, type AuditVerification, verifyAuditChain } from './verifyAuditChain.ts';
import { writeCanonicalJson } from './writeCanonicalJson.ts';

/** Options of the audit log. */
export interface AuditLogOptions {
  /** The clock; `new Date()` by default. */
  readonly now?: () => Date;
  /** The hash for new records: 'sha256' (default) or 'sm3' where OpenSSL has it. */
  readonly algorithm?: AuditHashAlgorithm;
}

/** The append-only, hash-chained audit log. There is deliberately no delete or update. */
export interface AuditLog {
  readonly algorithm: AuditHashAlgorithm;
  /**
   * Appends one record synchronously; throws `AuditEntryError` on a bad entry. Call it outside
   * your own transactions: a rollback would take the record with it.
   */
  record(entry: AuditEntryInput): AuditRecord;
  /** Checks the whole chain and the checkpoint (and an external anchor, if given). */
  verify(options?: { anchor?: AuditHead }): AuditVerification;
  /** Lists records newest first. */
  list(filter?: AuditFilter): AuditPage;
  /** The last record's seq and hash, or null while the log is empty. */
  head(): AuditHead | null;
}

/** Largest canonical `details`, in UTF-16 code units: audit rows are evidence, not payloads. */
export const maxAuditDetailsLength = 8_192;

const insertSql = `INSERT INTO audit_log (seq, at, action, actor_user_id, actor_username,
  actor_unit_id, actor_role, source_address, case_id, document, outcome, details, algorithm,
  prev_hash, hash) VALUES (@seq, @at, @action, @actor_user_id, @actor_username, @actor_unit_id,
  @actor_role, @source_address, @case_id, @document, @outcome, @details, @algorithm,
  @prev_hash, @hash)`;

/**
 * Opens the audit log over `db` (creating its tables and triggers). The chain head is read
 * once here and kept in memory; each `record` is one prepared INSERT. Refuses to start if the
 * last record and the checkpoint disagree, since the triggers would refuse every insert.
 */
export function createAuditLog(db: Database.Database, options: AuditLogOptions = {}): AuditLog {
  const algorithm = options.algorithm ?? 'sha256';
  if (!isHashAvailable(algorithm)) {
    throw new Error(`audit hash ${algorithm} is not available in this Node's OpenSSL`);
  }
  const now = options.now ?? (() => new Date());
  ensureAuditSchema(db);
  const insert = db.prepare(insertSql);
  const selectLast = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
  const selectCheckpoint = db.prepare('SELECT seq, hash FROM audit_checkpoint WHERE id = 1');
  const query = createAuditQuery(db);

  function readHead(): AuditHead | null {
    const last = (selectLast.get() as AuditHead | undefined) ?? null;
    const checkpoint = selectCheckpoint.get() as AuditHead | undefined;
    if (checkpoint?.seq !== (last?.seq ?? 0) || checkpoint.hash !== (last?.hash ?? genesisHash)) {
      throw new Error(
        'audit log and checkpoint disagree: the audit database was tampered with; run verifyAudit',
      );
    }
    return last;
  }
  let head = readHead();

  function toRow(entry: AuditEntryInput, details: string): AuditRow {
    const seq = (head?.seq ?? 0) + 1;
    const prev_hash = head?.hash ?? genesisHash;
    const row = {
      seq,
      at: now().toISOString(),
      action: entry.action,
      actor_user_id: entry.actor.userId,
      actor_username: entry.actor.username ?? null,
      actor_unit_id: entry.actor.unitId,
      actor_role: entry.actor.role ?? null,
      source_address: entry.sourceAddress,
      case_id: entry.caseId ?? null,
      document: entry.document ?? null,
      outcome: entry.outcome,
      details,
      algorithm,
      prev_hash,
    };
    return { ...row, hash: hashAuditRow(row) };
  }

  function append(row: AuditRow): void {
    insert.run(row);
    head = { seq: row.seq, hash: row.hash };
  }

  return {
    algorithm,
    record(entry) {
      const details = checkEntry(entry);
      let row = toRow(entry, details);
      try {
        append(row);
      } catch (error) {
        // Another writer on the same file moved the head: re-read it and chain onto it once.
        if (!String(error).includes('not at the chain head')) throw error;
        head = readHead();
        row = toRow(entry, details);
        append(row);
      }
      return readAuditRow(row);
    },
    verify: (verifyOptions) => verifyAuditChain(db, verifyOptions),
    list: query,
    head: () => head,
  };
}

/** Checks an entry at run time (callers may be untyped) and returns its canonical details. */
function checkEntry(entry: AuditEntryInput): string {
  if (!(auditActions as readonly string[]).includes(entry.action)) {
    throw new AuditEntryError('unknown-action', `unknown audit action ${String(entry.action)}`);
  }
  if (!(auditOutcomes as readonly string[]).includes(entry.outcome)) {
    throw new AuditEntryError('unknown-outcome', `unknown audit outcome ${String(entry.outcome)}`);
  }
  const input = entry.details ?? {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new AuditEntryError('details-not-json', 'audit details must be an object');
  }
  assertNoSecrets(input);
  const details = writeCanonicalJson(input);
  if (details.length > maxAuditDetailsLength) {
    throw new AuditEntryError(
      'details-too-large',
      `audit details are ${details.length} long, more than ${maxAuditDetailsLength}`,
    );
  }
  return details;
}
