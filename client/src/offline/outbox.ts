import { isMissing, type LocalDatabase } from './localDatabase.ts';
import { createKeyGenerator } from './logKeys.ts';
import { deliveryOutcome } from './outboxAnswer.ts';
import { byId, createOutboxStorage, outboxPrefix } from './outboxStorage.ts';
import type { NewAct, OutboxEntry, SendCommand } from './outboxTypes.ts';
import { randomId } from './randomId.ts';

/** Options of {@link createOutbox}. */
export interface OutboxOptions {
  readonly db: LocalDatabase;
  readonly send: SendCommand;
  readonly now?: () => Date;
  readonly newKey?: () => string;
  /** Applied acts are forgotten this long after the server recorded them. Default one day. */
  readonly keepAppliedMs?: number;
}

/** The device's queue of workflow acts (see {@link createOutbox}). */
export interface Outbox {
  /** Resolves once the stored entries are read. */
  readonly ready: Promise<void>;
  /** Every entry, in queueing order. */
  entries(): readonly OutboxEntry[];
  /** Calls back after every change; returns the unsubscribe function. */
  subscribe(listener: (entries: readonly OutboxEntry[]) => void): () => void;
  /** Stores an act as pending, with a fresh idempotency key and the current instant. */
  enqueue(caseId: string, act: NewAct): Promise<OutboxEntry>;
  /** Sends pending acts in order until one cannot be delivered; resolves whether all were. */
  flush(): Promise<boolean>;
  /** Forgets an entry that is no longer pending (a refusal the user has read). */
  dismiss(id: string): Promise<void>;
}

/**
 * An outbox of workflow acts in the user's PouchDB: every act is stored with its idempotency key
 * as `pending` before it is sent, so it survives a reload or a crash; `flush` delivers pending
 * acts in queueing order and stores the answer: `applied`, or `refused` with the server's reason.
 * An act whose answer was lost is sent again with the same key, and the server applies it once.
 */
export function createOutbox(options: OutboxOptions): Outbox {
  const { db, send } = options;
  const now = options.now ?? (() => new Date());
  const newKey = options.newKey ?? createKeyGenerator();
  const keepAppliedMs = options.keepAppliedMs ?? 86_400_000;
  const storage = createOutboxStorage(db);
  let current: OutboxEntry[] = [];
  const listeners = new Set<(entries: readonly OutboxEntry[]) => void>();
  const publish = () => {
    current = [...current].sort(byId);
    for (const listener of listeners) listener(current);
  };
  async function write(entry: OutboxEntry, deleted = false): Promise<void> {
    await (deleted ? storage.remove(entry.id) : storage.save(entry));
    current = current.filter((item) => item.id !== entry.id);
    if (!deleted) current.push(entry);
    publish();
  }

  const ready = (async () => {
    current = await storage.load();
    const cutoff = now().getTime() - keepAppliedMs;
    for (const entry of current) {
      const stale = entry.status === 'applied' && Date.parse(entry.answeredAt ?? '') < cutoff;
      if (stale) await write(entry, true).catch(() => undefined);
    }
    publish();
  })();

  let running: Promise<boolean> | null = null;
  let again = false;
  async function deliverAll(): Promise<boolean> {
    for (const entry of current.filter((item) => item.status === 'pending')) {
      const outcome = deliveryOutcome(await send(entry.caseId, entry.command));
      const attempts = entry.attempts + 1;
      if (outcome.status === 'retry') {
        await write({ ...entry, attempts });
        return false;
      }
      await write({ ...entry, ...outcome, attempts, answeredAt: now().toISOString() });
    }
    return true;
  }

  return {
    ready,
    entries: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async enqueue(caseId, act) {
      await ready;
      const queuedAt = now().toISOString();
      const at = act.at ?? queuedAt;
      const idempotencyKey = randomId();
      const entry: OutboxEntry = {
        id: `${outboxPrefix}${newKey()}`,
        caseId,
        command: { type: act.type, idempotencyKey, at, basis: act.basis, payload: act.payload },
        status: 'pending',
        queuedAt,
        attempts: 0,
      };
      await write(entry);
      return entry;
    },
    flush() {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        await ready;
        let delivered = await deliverAll();
        while (again && delivered) {
          again = false;
          delivered = await deliverAll();
        }
        return delivered;
      })().finally(() => {
        running = null;
        again = false;
      });
      return running;
    },
    async dismiss(id) {
      await ready;
      const entry = current.find((item) => item.id === id);
      if (!entry || entry.status === 'pending') return;
      try {
        await write(entry, true);
      } catch (error) {
        // Already removed (by another tab): forget it here too.
        if (!isMissing(error)) throw error;
        current = current.filter((item) => item.id !== id);
        publish();
      }
    },
  };
}
