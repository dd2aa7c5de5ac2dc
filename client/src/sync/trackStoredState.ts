import { coversStateVector, encodeStoredQuery } from '@lianban/sync';
import * as decoding from 'lib0/decoding';
import type * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Checkpoint, PouchPersistence } from '../offline/pouchPersistence.ts';

type Handler = (
  encoder: encoding.Encoder,
  decoder: decoding.Decoder,
  provider: WebsocketProvider,
  emitSynced: boolean,
  messageType: number,
) => void;

/** Options of {@link trackStoredState}. */
export interface StoredStateOptions {
  readonly provider: WebsocketProvider;
  readonly doc: Y.Doc;
  readonly persistence: PouchPersistence;
  /** The server refused a write on this connection (reason `read-only`). */
  readonly onDenied: (reason: string) => void;
  /** Wait this long after a local change before asking (ms). Default 400. */
  readonly delayMs?: number;
}

/**
 * Confirms local changes with message 100 (PROTOCOL.md): asks the server for the state vector
 * it has durably stored and, when that covers the state vector the document had at the time of
 * asking, marks the persistence's checkpoint confirmed. Queries are only trusted once this
 * connection has answered the server's sync step 1, i.e. after our offline changes (deletions
 * included) went out on it: the server answers a query only after storing what came before it.
 */
export function trackStoredState(options: StoredStateOptions): () => void {
  const { provider, doc, persistence, onDenied, delayMs = 400 } = options;
  const asked = new Map<number, { stateVector: Uint8Array; checkpoint: Checkpoint }>();
  let ready = false;
  let emptyAtConnect = false;
  let nextId = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const query = () => {
    timer = undefined;
    const socket = provider.ws;
    if (!ready || !socket || socket.readyState !== WebSocket.OPEN) return;
    if (persistence.pending() === 0) return;
    nextId = (nextId % 0x3fffffff) + 1;
    asked.set(nextId, {
      stateVector: Y.encodeStateVector(doc),
      checkpoint: persistence.checkpoint(),
    });
    socket.send(encodeStoredQuery(nextId));
  };
  const schedule = (ms: number) => {
    timer ??= setTimeout(query, ms);
  };

  const syncHandler = provider.messageHandlers[0] as Handler;
  provider.messageHandlers[0] = ((encoder, decoder, from, emitSynced, type) => {
    // Sync sub-types are single bytes: 0 step 1, 1 step 2, 2 update.
    const subType = decoder.arr[decoder.pos];
    syncHandler(encoder, decoder, from, emitSynced, type);
    // Answering the server's step 1 sent our offline changes. A device that connected with
    // nothing had none to send, and the server skips its step 1 then: its step 2 will do.
    if (emitSynced && (subType === 0 || (subType === 1 && emptyAtConnect))) {
      ready = true;
      // The provider sends our step 2 right after this handler returns; ask after it.
      queueMicrotask(query);
    }
  }) satisfies Handler;
  provider.messageHandlers[100] = ((_encoder, decoder) => {
    const stored = decoding.readVarUint8Array(decoder);
    const id = decoding.hasContent(decoder) ? decoding.readVarUint(decoder) : -1;
    const question = asked.get(id);
    asked.delete(id);
    if (!question) return;
    if (coversStateVector(stored, question.stateVector)) persistence.confirm(question.checkpoint);
    else schedule(2000);
  }) satisfies Handler;
  provider.messageHandlers[2] = ((_encoder, decoder) => {
    if (decoding.readVarUint(decoder) === 0) onDenied(decoding.readVarString(decoder));
  }) satisfies Handler;

  const onStatus = ({ status }: { status: string }) => {
    if (status === 'connected') {
      // The provider sends its step 1 as it connects: is it the empty state vector?
      emptyAtConnect = Y.encodeStateVector(doc).byteLength <= 1;
    } else {
      ready = false;
      asked.clear();
    }
  };
  const onConnectionClose = () => onStatus({ status: 'disconnected' });
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === provider) return;
    // Ask once typing pauses: a query seals the burst it falls into (see checkpoint()).
    clearTimeout(timer);
    timer = undefined;
    schedule(delayMs);
  };
  provider.on('status', onStatus);
  provider.on('connection-close', onConnectionClose);
  doc.on('update', onUpdate);
  return () => {
    clearTimeout(timer);
    provider.off('status', onStatus);
    provider.off('connection-close', onConnectionClose);
    doc.off('update', onUpdate);
  };
}
