import type { Label } from '@lianban/case-model';
import memory from 'pouchdb-adapter-memory';
import PouchDB from 'pouchdb-core';

PouchDB.plugin(memory);

/** A workflow command as the client queues it: everything but the actor, which is the session's. */
export interface QueuedCommand {
  readonly type: string;
  readonly idempotencyKey: string;
  readonly at: string;
  readonly basis?: string | null;
  readonly payload: Record<string, unknown>;
}

/** One outbox document, as the client keeps it in PouchDB. */
export interface OutboxEntry {
  readonly caseId: string;
  readonly command: QueuedCommand;
  status: 'pending' | 'applied' | 'rejected';
  /** For a rejected command: the code and the reason the user is shown. */
  code?: string;
  reason?: Label;
  conflictsWith?: string;
}

/** What the server answered to one delivery. */
export interface Delivery {
  readonly key: string;
  readonly status: number;
  readonly body: Record<string, unknown> & {
    error?: { code: string; message: Label; conflictsWith?: string };
  };
}

/** Sends one command to the server; the test's transport is `fetch`. */
export type Send = (caseId: string, command: QueuedCommand) => Promise<Omit<Delivery, 'key'>>;

/** A fresh in-memory outbox (the browser uses the IndexedDB adapter; the documents are the same). */
export function openOutbox(name: string): PouchDB<OutboxEntry> {
  return new PouchDB<OutboxEntry>(name, { adapter: 'memory' });
}

let queued = 0;

/** Queues a command while offline: ids sort in queueing order, so replay keeps it. */
export async function queue(
  outbox: PouchDB<OutboxEntry>,
  caseId: string,
  command: QueuedCommand,
): Promise<void> {
  const id = `${String(++queued).padStart(8, '0')}-${command.idempotencyKey}`;
  await outbox.put({ _id: id, caseId, command, status: 'pending' });
}

/**
 * Replays every pending command in order. With `acknowledge: false` the answers are not written
 * back, as when the client dies after sending and before saving: the next replay sends it all again.
 */
export async function replay(
  outbox: PouchDB<OutboxEntry>,
  send: Send,
  options: { acknowledge: boolean },
): Promise<Delivery[]> {
  const deliveries: Delivery[] = [];
  for (const row of (await outbox.allDocs({ include_docs: true })).rows) {
    const entry = row.doc;
    if (entry?.status !== 'pending') continue;
    const answer = await send(entry.caseId, entry.command);
    deliveries.push({ key: entry.command.idempotencyKey, ...answer });
    if (!options.acknowledge || answer.status >= 500) continue;
    const error = answer.body.error;
    await outbox.put({
      ...entry,
      status: answer.status === 200 ? 'applied' : 'rejected',
      ...(error ? { code: error.code, reason: error.message } : {}),
      ...(error?.conflictsWith ? { conflictsWith: error.conflictsWith } : {}),
    });
  }
  return deliveries;
}
