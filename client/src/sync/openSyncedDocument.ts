import { type Accessor, createSignal } from 'solid-js';
import { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createPouchPersistence } from '../offline/createPouchPersistence.ts';
import type { LocalDatabase } from '../offline/localDatabase.ts';
import { batchUpdateSends } from './batchUpdateSends.ts';
import type { DocumentSyncState } from './computeSyncStatus.ts';
import { trackStoredState } from './trackStoredState.ts';

/** A terminal close from the server (4401 no session, 4403 no access, 4413 too large). */
export interface ClosedBy {
  readonly code: number;
  readonly reason: string;
}

/** One case document on this device: local copy, server connection and sync state. */
export interface SyncedDocument {
  readonly room: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  /** Resolves once the local copy is loaded and the connection is under way. */
  readonly whenLoaded: Promise<void>;
  readonly state: Accessor<DocumentSyncState>;
  /** The reason the server refused a write from this device, if it did. */
  readonly denied: Accessor<string | null>;
  /** Set when the server closed the connection for good. */
  readonly closed: Accessor<ClosedBy | null>;
  pending(): number;
  /** Leaves the room and frees memory; local changes stay stored. */
  destroy(): Promise<void>;
}

/** Where documents are stored and synced. */
export interface DocumentContext {
  readonly db: LocalDatabase;
  readonly serverUrl: string;
  readonly onPending?: (room: string, pending: number) => void;
  /** The server closed a document with 4401: the session is gone. */
  readonly onUnauthorized?: () => void;
}

/**
 * Opens a document: loads its local update log into a fresh Y.Doc first, then connects it to
 * `<serverUrl>/<room>` (cookie authentication), so offline edits go up in the first exchange.
 * Rate limiting (4429) is retried; other 44xx closes are final. Local updates are sent from a
 * task after the edit that made them (batchUpdateSends), not inside it.
 */
export function openSyncedDocument(room: string, context: DocumentContext): SyncedDocument {
  // No garbage collection: like the server's copy, so history (who deleted what) survives
  // edits made offline and sent up later.
  const doc = new Y.Doc({ gc: false });
  const awareness = new Awareness(doc);
  let provider: WebsocketProvider | null = null;
  let stopTracking = () => {};
  let sendQueued = () => {};
  let destroyed = false;
  const persistence = createPouchPersistence({
    db: context.db,
    name: room,
    doc,
    isLocal: (origin) => origin !== provider,
  });
  const [state, setState] = createSignal<DocumentSyncState>({
    connection: 'connecting',
    received: false,
    pending: 0,
  });
  const patch = (change: Partial<DocumentSyncState>) => setState((old) => ({ ...old, ...change }));
  const [denied, setDenied] = createSignal<string | null>(null);
  const [closed, setClosed] = createSignal<ClosedBy | null>(null);
  persistence.onPendingChange((pending) => {
    patch({ pending });
    context.onPending?.(room, pending);
  });

  const connect = () => {
    if (destroyed) return;
    patch({ pending: persistence.pending() });
    context.onPending?.(room, persistence.pending());
    const socket = new WebsocketProvider(context.serverUrl, room, doc, {
      awareness,
      disableBc: true,
      maxBackoffTime: 5000,
      shouldReconnect: (event) => event.code === 4429 || event.code < 4400 || event.code >= 4500,
    });
    provider = socket;
    sendQueued = batchUpdateSends(socket, doc);
    socket.on('status', ({ status }) => {
      if (status === 'connected') patch({ connection: 'connected' });
      else if (status === 'disconnected') patch({ connection: 'offline', received: false });
      else if (state().connection !== 'offline') patch({ connection: 'connecting' });
    });
    socket.on('connection-close', () => patch({ connection: 'offline', received: false }));
    socket.on('sync', (received: boolean) => patch({ received }));
    socket.on('closed', (event: ClosedBy) => {
      setClosed({ code: event.code, reason: event.reason });
      if (event.code === 4401) context.onUnauthorized?.();
    });
    stopTracking = trackStoredState({ provider: socket, doc, persistence, onDenied: setDenied });
  };

  const whenLoaded = persistence.whenLoaded.then(connect, (error) => {
    console.error(`could not load the local copy of ${room}`, error);
    connect();
  });

  return {
    room,
    doc,
    awareness,
    whenLoaded,
    state,
    denied,
    closed,
    pending: () => persistence.pending(),
    async destroy() {
      destroyed = true;
      stopTracking();
      sendQueued();
      provider?.destroy();
      awareness.destroy();
      await persistence.destroy();
      doc.destroy();
    },
  };
}
