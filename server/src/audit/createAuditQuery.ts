import type Database from 'better-sqlite3';
import type { AuditAction } from './auditAction.ts';
import { type AuditRecord, type AuditRow, readAuditRow } from './auditRecord.ts';

/** The largest page `list` answers. */
export const maxAuditPage = 200;

/** What to list; every field narrows. Newest first. */
export interface AuditFilter {
  readonly userId?: string;
  readonly caseId?: string;
  readonly action?: AuditAction;
  /** ISO instant, inclusive. */
  readonly from?: string;
  /** ISO instant, exclusive. */
  readonly to?: string;
  /** The `nextCursor` of the previous page. */
  readonly cursor?: string;
  /** 1 to 200; 50 when left out. */
  readonly limit?: number;
}

/** One page of records and the cursor of the next (null on the last page). */
export interface AuditPage {
  readonly items: readonly AuditRecord[];
  readonly nextCursor: string | null;
}

const conditions = [
  ['userId', 'actor_user_id = ?'],
  ['caseId', 'case_id = ?'],
  ['action', 'action = ?'],
  ['from', 'at >= ?'],
  ['to', 'at < ?'],
  ['cursor', 'seq < ?'],
] as const;

/** Lists audit records by filter; one prepared statement per filter shape, built on first use. */
export function createAuditQuery(db: Database.Database): (filter?: AuditFilter) => AuditPage {
  const statements = new Map<string, Database.Statement>();

  return (filter = {}) => {
    const limit = Math.min(Math.max(Math.trunc(filter.limit ?? 50), 1), maxAuditPage);
    const used = conditions.filter(([key]) => filter[key] !== undefined);
    const where = used.length === 0 ? '' : `WHERE ${used.map(([, sql]) => sql).join(' AND ')}`;
    const sql = `SELECT * FROM audit_log ${where} ORDER BY seq DESC LIMIT ?`;
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    const values = used.map(([key]) =>
      key === 'cursor' ? readCursor(filter.cursor!) : filter[key],
    );
    const rows = statement.all(...values, limit + 1) as AuditRow[];
    const items = rows.slice(0, limit).map(readAuditRow);
    const nextCursor = rows.length > limit ? String(items[items.length - 1]!.seq) : null;
    return { items, nextCursor };
  };
}

function readCursor(cursor: string): number {
  if (!/^[1-9][0-9]{0,15}$/.test(cursor)) throw new RangeError(`bad audit cursor ${cursor}`);
  return Number(cursor);
}
