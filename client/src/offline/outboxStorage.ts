import { isConflict, type LocalDatabase, type StoredDocument } from './localDatabase.ts';
import type { OutboxEntry } from './outboxTypes.ts';

/** Outbox entries are stored as `outbox:<time-ordered key>` in the user's local database. */
export const outboxPrefix = 'outbox:';

const range = { startkey: outboxPrefix, endkey: `${outboxPrefix}\uffff` };

function toEntry(doc: StoredDocument): OutboxEntry | null {
  const { _id, _rev, kind, ...fields } = doc as StoredDocument & { kind?: string };
  const command = fields.command as { idempotencyKey?: unknown } | undefined;
  if (kind !== 'outbox' || typeof fields.caseId !== 'string') return null;
  if (typeof command?.idempotencyKey !== 'string') return null;
  return { ...(fields as unknown as Omit<OutboxEntry, 'id'>), id: _id };
}

/** Reads and writes outbox entries, keeping their stored revisions. */
export interface OutboxStorage {
  /** Every stored entry (unknown documents are skipped). */
  load(): Promise<OutboxEntry[]>;
  /** Stores an entry (new, or a new version of one). */
  save(entry: OutboxEntry): Promise<void>;
  remove(id: string): Promise<void>;
}

/**
 * The outbox's documents in PouchDB. Another tab may have stored the same act's answer first
 * (a 409): ours says the same, so it is written over the newer revision.
 */
export function createOutboxStorage(db: LocalDatabase): OutboxStorage {
  const revisions = new Map<string, string>();
  async function put(id: string, fields: Record<string, unknown>): Promise<void> {
    const write = () => {
      const rev = revisions.get(id);
      return db.put({ _id: id, ...(rev ? { _rev: rev } : {}), ...fields });
    };
    const result = await write().catch(async (error: unknown) => {
      if (!isConflict(error)) throw error;
      revisions.set(id, (await db.get(id))._rev ?? '');
      return write();
    });
    if (fields._deleted) revisions.delete(id);
    else if (result.rev) revisions.set(id, result.rev);
  }
  return {
    async load() {
      const rows = (await db.allDocs({ ...range, include_docs: true })).rows;
      return rows.flatMap((row) => {
        const entry = row.doc && toEntry(row.doc);
        if (!entry || !row.doc?._rev) return [];
        revisions.set(entry.id, row.doc._rev);
        return [entry];
      });
    },
    save: ({ id, ...fields }) => put(id, { kind: 'outbox', ...fields }),
    remove: (id) => put(id, { _deleted: true }),
  };
}

/** Queueing order. */
export const byId = (a: OutboxEntry, b: OutboxEntry): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
