import { parseRoomName } from '@lianban/case-model';
import { createMemo, createRoot } from 'solid-js';
import { computeSyncStatus, type SyncStatus } from './computeSyncStatus.ts';
import { openDocuments } from './documentRegistry.ts';
import { online } from './online.ts';
import { outboxWaiting } from './outboxStore.ts';
import { pendingRooms } from './pendingRooms.ts';

/**
 * The one status the user sees for this device: offline (N waiting), syncing, synced, or N changes
 * refused. N counts unconfirmed edits of every document and the workflow acts waiting in the
 * outbox.
 */
export const syncStatus: () => SyncStatus = createRoot(() =>
  createMemo(() => {
    // A document the server closed for good (no access) has its own notice; it only weighs on
    // the status while it holds changes that can no longer be sent.
    const open = openDocuments().filter((doc) => doc.closed() === null || doc.state().pending > 0);
    const openRooms = new Set(open.map((document) => document.room));
    const elsewhere = Object.entries(pendingRooms())
      .filter(([room]) => !openRooms.has(room))
      .reduce((sum, [, count]) => sum + count, outboxWaiting());
    return computeSyncStatus(
      open.map((document) => ({
        ...document.state(),
        refused: document.denied() !== null || document.closed() !== null,
      })),
      elsewhere,
      online(),
    );
  }),
);

/** Unconfirmed local changes on this device (for the update prompt). */
export function pendingTotal(): number {
  const status = syncStatus();
  if (status.kind === 'synced') return 0;
  return status.kind === 'refused' ? status.pending + status.waiting : status.pending;
}

/** The case of the first open document whose changes the server refused, if any (reactive). */
export const refusedCaseId: () => string | null = createRoot(() =>
  createMemo(() => {
    const refused = openDocuments().find(
      (doc) => (doc.denied() !== null || doc.closed() !== null) && doc.state().pending > 0,
    );
    return refused ? (parseRoomName(refused.room)?.caseId ?? null) : null;
  }),
);
