import { createRoot, createSignal } from 'solid-js';
import * as api from '../api/api.ts';
import type { LocalDatabase } from '../offline/localDatabase.ts';
import { createOutbox, type Outbox } from '../offline/outbox.ts';
import type { NewAct, OutboxEntry, QueuedCommand } from '../offline/outboxTypes.ts';

const retryEveryMs = 15_000;
const [entries, setEntries] = createRoot(() => createSignal<readonly OutboxEntry[]>([]));
let outbox: Outbox | null = null;
let stopListening = () => {};
let retryTimer: ReturnType<typeof setInterval> | undefined;

/** Every act in the signed-in user's outbox, in queueing order (reactive). */
export const outboxEntries = entries;

/** Acts waiting to be sent (reactive); they count toward the sync status's pending number. */
export const outboxWaiting = (): number =>
  entries().filter((entry) => entry.status === 'pending').length;

/**
 * Opens the user's outbox in their local database and starts delivering what waits in it;
 * `onUnauthorized` is told when the server no longer knows the session (acts stay waiting).
 */
export function openOutbox(db: LocalDatabase, onUnauthorized?: () => void): void {
  closeOutbox();
  const send = async (caseId: string, command: QueuedCommand) => {
    const result = await api.sendCommand(caseId, command);
    if (!result.ok && result.status === 401) onUnauthorized?.();
    return result;
  };
  const box = createOutbox({ db, send });
  outbox = box;
  stopListening = box.subscribe((next) => setEntries(next));
  void box.ready.then(() => {
    if (outbox === box) setEntries(box.entries());
  });
  retryTimer = setInterval(() => {
    if (outboxWaiting() > 0) void flushOutbox();
  }, retryEveryMs);
}

/** Stops using the outbox (signing out); its stored acts stay on the device. */
export function closeOutbox(): void {
  stopListening();
  clearInterval(retryTimer);
  outbox = null;
  setEntries([]);
}

/** Sends what waits, unless the browser knows it is offline; resolves whether all was delivered. */
export async function flushOutbox(): Promise<boolean> {
  if (!outbox || globalThis.navigator?.onLine === false) return false;
  return outbox.flush();
}

/** Queues an act (stored before sending) and tries to send it at once. */
export async function queueAct(caseId: string, act: NewAct): Promise<OutboxEntry> {
  if (!outbox) throw new Error('the outbox is not open: sign in first');
  const entry = await outbox.enqueue(caseId, act);
  void flushOutbox();
  return entry;
}

/** Removes a refused act from view once the user has read why. */
export function dismissAct(id: string): Promise<void> {
  return outbox ? outbox.dismiss(id) : Promise.resolve();
}
