import type Database from 'better-sqlite3';
import type { AuditRow } from './auditRecord.ts';
import { auditHashAlgorithms, genesisHash, hashAuditRow } from './hashAuditRow.ts';

/** The last record of a chain (or a head noted down elsewhere, to check against later). */
export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
}

/** What can be wrong with the log, each naming the first record that is not intact. */
export type AuditProblem =
  | 'missing-table'
  | 'malformed-row'
  | 'gap'
  | 'unknown-algorithm'
  | 'chain-mismatch'
  | 'hash-mismatch'
  | 'checkpoint-missing'
  | 'checkpoint-mismatch'
  | 'truncated'
  | 'beyond-checkpoint'
  | 'anchor-mismatch';

/** The verdict on the whole log. `count` is how many records verified before any problem. */
export type AuditVerification =
  | { readonly ok: true; readonly count: number; readonly head: AuditHead | null }
  | {
      readonly ok: false;
      readonly count: number;
      readonly head: AuditHead | null;
      readonly firstBrokenSeq: number | null;
      readonly problem: AuditProblem;
      readonly message: string;
    };

const knownAlgorithms: readonly string[] = auditHashAlgorithms;

/**
 * Re-computes every hash from record 1, checks the sequence is gapless and linked, then checks
 * the stored checkpoint (tail truncation) and an optional external `anchor` (a head noted down
 * outside the database earlier: catches a rewrite of log and checkpoint together). Reads in
 * one transaction, so it sees one snapshot even while a server appends; works read-only.
 */
export function verifyAuditChain(
  db: Database.Database,
  options: { anchor?: AuditHead } = {},
): AuditVerification {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (?, ?)")
    .pluck()
    .all('audit_log', 'audit_checkpoint') as string[];
  if (!tables.includes('audit_log')) {
    return broken(0, null, null, 'missing-table', 'there is no audit_log table in this database');
  }
  const run = () => walk(db, tables.includes('audit_checkpoint'), options.anchor);
  return db.inTransaction ? run() : db.transaction(run)();
}

function walk(
  db: Database.Database,
  hasCheckpoint: boolean,
  anchor: AuditHead | undefined,
): AuditVerification {
  let count = 0;
  let head: AuditHead | null = null;
  let anchoredHash: string | null = null;
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as Iterable<AuditRow>;
  for (const row of rows) {
    const seq = count + 1;
    const prev = head?.hash ?? genesisHash;
    if (!Number.isSafeInteger(row.seq) || row.seq < seq) {
      return broken(count, head, seq, 'malformed-row', `record ${String(row.seq)} has a bad seq`);
    }
    if (row.seq > seq) {
      const missing = row.seq - 1 === seq ? `${seq}` : `${seq} to ${row.seq - 1}`;
      return broken(count, head, seq, 'gap', `record ${missing} missing: deleted`);
    }
    if (!knownAlgorithms.includes(row.algorithm)) {
      const why = `record ${seq} names an unknown hash algorithm ${JSON.stringify(row.algorithm)}`;
      return broken(count, head, seq, 'unknown-algorithm', why);
    }
    if (row.prev_hash !== prev) {
      const why = `record ${seq} does not link to record ${seq - 1}: one of them was altered and re-hashed, or records were replaced`;
      return broken(count, head, seq, 'chain-mismatch', why);
    }
    if (hashAuditRow(row) !== row.hash) {
      const why = `record ${seq} does not match its hash: a field was edited`;
      return broken(count, head, seq, 'hash-mismatch', why);
    }
    head = { seq, hash: row.hash };
    if (anchor?.seq === seq) anchoredHash = row.hash;
    count++;
  }
  const checkpoint = hasCheckpoint
    ? (db.prepare('SELECT seq, hash FROM audit_checkpoint WHERE id = 1').get() as
        | AuditHead
        | undefined)
    : undefined;
  const last = head?.seq ?? 0;
  if (!checkpoint) {
    if (count === 0) return { ok: true, count, head };
    return broken(count, head, null, 'checkpoint-missing', 'the audit checkpoint was deleted');
  }
  if (checkpoint.seq > last) {
    const why = `the checkpoint says the log reached record ${checkpoint.seq} but it ends at ${last}: the tail was removed`;
    return broken(count, head, last + 1, 'truncated', why);
  }
  if (checkpoint.seq < last) {
    const why = `records after ${checkpoint.seq} were added without advancing the checkpoint`;
    return broken(count, head, checkpoint.seq + 1, 'beyond-checkpoint', why);
  }
  if (head && checkpoint.hash !== head.hash) {
    const why = `record ${last} differs from the checkpoint's hash: the head was rewritten`;
    return broken(count, head, last, 'checkpoint-mismatch', why);
  }
  if (anchor && anchor.seq > last) {
    const why = `the anchor names record ${anchor.seq} but the log ends at ${last}: the tail was removed`;
    return broken(count, head, last + 1, 'truncated', why);
  }
  if (anchor && anchoredHash !== anchor.hash) {
    const why = `record ${anchor.seq} differs from the anchor noted earlier: the log was rewritten up to there`;
    return broken(count, head, anchor.seq, 'anchor-mismatch', why);
  }
  return { ok: true, count, head };
}

function broken(
  count: number,
  head: AuditHead | null,
  firstBrokenSeq: number | null,
  problem: AuditProblem,
  message: string,
): AuditVerification {
  return { ok: false, count, head, firstBrokenSeq, problem, message };
}
