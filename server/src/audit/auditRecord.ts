import type { AuditAction, AuditOutcome } from './auditAction.ts';

/** Who did it. `userId` is null for anonymous attempts (a failed login for an unknown name). */
export interface AuditActor {
  readonly userId: string | null;
  readonly username?: string;
  readonly unitId: string | null;
  readonly role?: string;
}

/** What a caller hands to `record`. `details` must be plain JSON and must not hold secrets. */
export interface AuditEntryInput {
  readonly action: AuditAction;
  readonly actor: AuditActor;
  readonly sourceAddress: string | null;
  readonly caseId?: string;
  readonly document?: string;
  readonly outcome: AuditOutcome;
  readonly details?: Record<string, unknown>;
}

/** One stored audit record, as read back. */
export interface AuditRecord {
  readonly seq: number;
  readonly at: string;
  readonly action: AuditAction;
  readonly actor: {
    readonly userId: string | null;
    readonly username: string | null;
    readonly unitId: string | null;
    readonly role: string | null;
  };
  readonly sourceAddress: string | null;
  readonly caseId: string | null;
  readonly document: string | null;
  readonly outcome: AuditOutcome;
  readonly details: Record<string, unknown>;
  readonly algorithm: string;
  readonly prevHash: string;
  readonly hash: string;
}

/** A row of `audit_log` exactly as stored; `details` is canonical JSON text. */
export interface AuditRow {
  readonly seq: number;
  readonly at: string;
  readonly action: string;
  readonly actor_user_id: string | null;
  readonly actor_username: string | null;
  readonly actor_unit_id: string | null;
  readonly actor_role: string | null;
  readonly source_address: string | null;
  readonly case_id: string | null;
  readonly document: string | null;
  readonly outcome: string;
  readonly details: string;
  readonly algorithm: string;
  readonly prev_hash: string;
  readonly hash: string;
}

/** Reads a stored row into the record shape callers see. */
export function readAuditRow(row: AuditRow): AuditRecord {
  return {
    seq: row.seq,
    at: row.at,
    action: row.action as AuditAction,
    actor: {
      userId: row.actor_user_id,
      username: row.actor_username,
      unitId: row.actor_unit_id,
      role: row.actor_role,
    },
    sourceAddress: row.source_address,
    caseId: row.case_id,
    document: row.document,
    outcome: row.outcome as AuditOutcome,
    details: JSON.parse(row.details) as Record<string, unknown>,
    algorithm: row.algorithm,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
