import { createRoot, createSignal } from 'solid-js';
import { clearLog } from '../offline/updateLog.ts';
import {
  type DocumentContext,
  openSyncedDocument,
  type SyncedDocument,
} from './openSyncedDocument.ts';
import { recordPending } from './pendingRooms.ts';

interface Entry {
  readonly document: SyncedDocument;
  users: number;
  stopWaiting?: () => void;
}

const entries = new Map<string, Entry>();
const [openDocuments, setOpenDocuments] = createRoot(() => createSignal<SyncedDocument[]>([]));
let context: DocumentContext | null = null;

/** Every document open on this device, in views or syncing in the background (reactive). */
export { openDocuments };

const publish = () => setOpenDocuments([...entries.values()].map((entry) => entry.document));

/** Sets where documents are stored and synced (once signed in). */
export function configureDocuments(next: DocumentContext): void {
  context = next;
}

/** Opens a room, or shares the copy already open. Pair every call with {@link releaseDocument}. */
export function acquireDocument(room: string): SyncedDocument {
  if (!context) throw new Error('documents are not configured: sign in first');
  let entry = entries.get(room);
  if (!entry) {
    entry = { document: openSyncedDocument(room, context), users: 0 };
    entries.set(room, entry);
    publish();
  }
  entry.stopWaiting?.();
  entry.stopWaiting = undefined;
  entry.users += 1;
  return entry.document;
}

/**
 * Gives a room back. The last user's release closes it, unless it holds unconfirmed changes:
 * then it stays connected in the background until the server has confirmed them, or, when the
 * server refused them, until the user discards them (the status keeps pointing at it).
 */
export function releaseDocument(room: string): void {
  const entry = entries.get(room);
  if (!entry) return;
  entry.users = Math.max(0, entry.users - 1);
  if (entry.users > 0) return;
  const closeWhenConfirmed = () => {
    const { document } = entry;
    if (document.pending() > 0) return false;
    entries.delete(room);
    publish();
    void document.destroy();
    return true;
  };
  if (closeWhenConfirmed()) return;
  const timer = setInterval(() => {
    if (entry.users === 0 && closeWhenConfirmed()) clearInterval(timer);
  }, 1000);
  entry.stopWaiting = () => clearInterval(timer);
}

/** Opens, in the background, rooms holding unconfirmed changes, until they are confirmed. */
export function syncInBackground(rooms: Iterable<string>): void {
  for (const room of rooms) {
    if (entries.has(room) || !context) continue;
    acquireDocument(room);
    releaseDocument(room);
  }
}

/** Closes every document (signing out); stored changes stay on the device. */
export async function closeAllDocuments(): Promise<void> {
  const all = [...entries.values()];
  entries.clear();
  publish();
  for (const entry of all) entry.stopWaiting?.();
  await Promise.all(all.map((entry) => entry.document.destroy()));
  context = null;
}

/**
 * Throws away this device's copy of a room (after the server refused its changes), keeping
 * every other room's stored changes, and reloads the page so the room comes fresh from the
 * server.
 */
export async function discardLocalCopy(room: string): Promise<void> {
  const db = context?.db;
  await closeAllDocuments();
  if (db) await clearLog(db, room);
  recordPending(room, 0);
  location.reload();
}
