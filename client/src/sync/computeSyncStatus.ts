/** How one document's connection stands. `offline` once a connection failed or closed. */
export type ConnectionState = 'connecting' | 'connected' | 'offline';

/** What the status needs to know of one open document. */
export interface DocumentSyncState {
  readonly connection: ConnectionState;
  /** The server's sync step 2 arrived on the current connection. */
  readonly received: boolean;
  /** Local changes the server has not confirmed storing (message 100). */
  readonly pending: number;
}

/** A document as the status sees it: its sync state, and whether the server refused it for good. */
export interface DocumentStatusInput extends DocumentSyncState {
  /** The server refused this device's writes (read-only) or closed the document for good. */
  readonly refused: boolean;
}

/** What the user is shown: one of offline (N waiting), syncing, synced, or N refused. */
export type SyncStatus =
  | { readonly kind: 'offline'; readonly pending: number }
  | { readonly kind: 'syncing'; readonly pending: number }
  | {
      readonly kind: 'refused';
      readonly pending: number;
      /** Other unconfirmed changes, still on their way. */
      readonly waiting: number;
    }
  | { readonly kind: 'synced' };

/**
 * The status of everything on this device. `pendingElsewhere` counts unconfirmed changes of
 * documents that are not open (they sync in the background). Synced means the server confirmed
 * it has stored every local change and every open document has received the server's state.
 * Changes the server refused will never be confirmed: they are shown as refused (the document
 * says why and offers to discard them) rather than as a sync that never ends, and a refused
 * document's closed connection does not make the device look offline.
 */
export function computeSyncStatus(
  documents: readonly DocumentStatusInput[],
  pendingElsewhere: number,
  online: boolean,
): SyncStatus {
  const live = documents.filter((doc) => !doc.refused);
  const refused = documents.reduce((sum, doc) => sum + (doc.refused ? doc.pending : 0), 0);
  const pending = live.reduce((sum, doc) => sum + doc.pending, 0) + pendingElsewhere;
  if (!online || live.some((doc) => doc.connection === 'offline')) {
    return { kind: 'offline', pending: pending + refused };
  }
  if (refused > 0) return { kind: 'refused', pending: refused, waiting: pending };
  const settled = live.every((doc) => doc.connection === 'connected' && doc.received);
  if (!settled || pending > 0) return { kind: 'syncing', pending };
  return { kind: 'synced' };
}
