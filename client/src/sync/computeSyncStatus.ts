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

/** What the user is shown: one of offline (N waiting), syncing, synced. */
export type SyncStatus =
  | { readonly kind: 'offline'; readonly pending: number }
  | { readonly kind: 'syncing'; readonly pending: number }
  | { readonly kind: 'synced' };

/**
 * The status of everything on this device. `pendingElsewhere` counts unconfirmed changes of
 * documents that are not open (they sync in the background). Synced means the server confirmed
 * it has stored every local change and every open document has received the server's state.
 */
export function computeSyncStatus(
  documents: readonly DocumentSyncState[],
  pendingElsewhere: number,
  online: boolean,
): SyncStatus {
  const pending = documents.reduce((sum, doc) => sum + doc.pending, 0) + pendingElsewhere;
  if (!online || documents.some((doc) => doc.connection === 'offline')) {
    return { kind: 'offline', pending };
  }
  const settled = documents.every((doc) => doc.connection === 'connected' && doc.received);
  if (!settled || pending > 0) return { kind: 'syncing', pending };
  return { kind: 'synced' };
}
