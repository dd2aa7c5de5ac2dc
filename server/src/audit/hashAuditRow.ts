import { createHash, getHashes } from 'node:crypto';
import type { AuditRow } from './auditRecord.ts';

/** Hash functions the chain may use: SHA-256, or SM3 (GB/T 32905) where OpenSSL provides it. */
export const auditHashAlgorithms = ['sha256', 'sm3'] as const;

/** A chain hash function. */
export type AuditHashAlgorithm = (typeof auditHashAlgorithms)[number];

/** The `prev_hash` of record 1: 64 zeros (both algorithms have 256-bit digests). */
export const genesisHash = '0'.repeat(64);

/** Tags the serialisation so a future format change cannot collide with this one. */
export const auditFormat = 'lianban-audit/1';

/** Whether this Node's OpenSSL offers `algorithm`. */
export function isHashAvailable(algorithm: string): algorithm is AuditHashAlgorithm {
  return (
    (auditHashAlgorithms as readonly string[]).includes(algorithm) &&
    getHashes().includes(algorithm)
  );
}

/**
 * The canonical serialisation of a row's fields: the JSON array
 * `[format, seq, at, action, actor_user_id, actor_username, actor_unit_id, actor_role,
 * source_address, case_id, document, outcome, details, algorithm]` written by `JSON.stringify`
 * (no whitespace; absent fields are `null`; `details` is the stored canonical JSON as a string).
 * Every string is quoted and escaped, so no two different rows serialise alike.
 */
export function serialiseAuditRow(row: Omit<AuditRow, 'hash' | 'prev_hash'>): string {
  return JSON.stringify([
    auditFormat,
    row.seq,
    row.at,
    row.action,
    row.actor_user_id,
    row.actor_username,
    row.actor_unit_id,
    row.actor_role,
    row.source_address,
    row.case_id,
    row.document,
    row.outcome,
    row.details,
    row.algorithm,
  ]);
}

/**
 * `hash = H(prev_hash || serialisation)`, lowercase hex, where `prev_hash` is the previous
 * row's 64 hex characters as ASCII (fixed width, so the concatenation is unambiguous) and the
 * serialisation is UTF-8. `H` is the row's own `algorithm`, so the log can switch algorithm.
 */
export function hashAuditRow(row: Omit<AuditRow, 'hash'>): string {
  return createHash(row.algorithm)
    .update(row.prev_hash, 'ascii')
    .update(serialiseAuditRow(row), 'utf8')
    .digest('hex');
}
