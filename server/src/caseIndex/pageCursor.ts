import { createHash } from 'node:crypto';
import type { CaseQuery } from './caseIndexEntry.ts';
import type { SortPlan } from './sortPlan.ts';

/** Where a page ended: the sort key values and `seq` of its last row, bound to the query. */
export interface PageCursor {
  /** Fingerprint of the query (filters, search and sort) the cursor belongs to. */
  readonly query: string;
  readonly keys: readonly (string | number)[];
  readonly seq: number;
}

/** A cursor that is malformed or was issued for another query. */
export class InvalidCursorError extends Error {
  constructor() {
    super('invalid cursor');
    this.name = 'InvalidCursorError';
  }
}

/** A short fingerprint of everything that decides a query's rows and order (not its page). */
export function fingerprintQuery(query: CaseQuery, sort: SortPlan): string {
  const parts = [
    query.states,
    query.unitId,
    query.categories,
    query.channels,
    query.level,
    query.division,
    query.overdue,
    query.dueWithinDays,
    query.repeatLinked,
    query.joint,
    query.q,
    sort.field,
    sort.direction,
  ].map((part) => part ?? null);
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 16);
}

/** Encodes a cursor as opaque base64url text. */
export function writePageCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify([cursor.query, cursor.keys, cursor.seq])).toString('base64url');
}

/** Decodes a cursor for the query with this fingerprint; throws `InvalidCursorError` otherwise. */
export function readPageCursor(text: string, query: string, keyCount: number): PageCursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (!Array.isArray(value) || value.length !== 3) throw new InvalidCursorError();
  const [fingerprint, keys, seq] = value as unknown[];
  const validKeys =
    Array.isArray(keys) &&
    keys.length === keyCount &&
    keys.every(
      (key) => typeof key === 'string' || (typeof key === 'number' && Number.isFinite(key)),
    );
  if (fingerprint !== query || !validKeys || !Number.isSafeInteger(seq)) {
    throw new InvalidCursorError();
  }
  return { query, keys: keys as (string | number)[], seq: seq as number };
}
