import type { Writable } from 'node:stream';
import {
  type Access,
  type AwarenessPayload,
  CloseCode,
  type CloseCodeValue,
  closeReason,
  decodeClientMessage,
  decodeFailureCloseCode,
  encodeAwarenessEntries,
  encodeSyncStep2Prefix,
  type RoomView,
  respond,
} from '@lianban/sync';
import type WebSocket from 'ws';
import * as Y from 'yjs';
import type { Principal } from '../auth/principal.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { ConnectionLimits } from './connectionLimits.ts';
import { flushAtTickEnd, type TickEndFlushable } from './flushAtTickEnd.ts';
import { binaryFrameStart, frameBinaryMessage } from './frameBinaryMessage.ts';
import type { Room, RoomPeer } from './room.ts';
import { type AwarenessIdentity, stampAwarenessIdentity } from './stampAwarenessIdentity.ts';
import { createTokenBucket } from './tokenBucket.ts';

function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.byteLength === 1 && stateVector[0] === 0;
}

/**
 * A socket speaking the y-websocket protocol for one document, with its bounds. Frames are read
 * through `ws`; they are written as ready-made frames straight to the underlying stream (see
 * `send`), while `ws` keeps writing its own control frames (ping, pong, close) to the same stream.
 */
export class Connection implements RoomPeer, TickEndFlushable {
  readonly awarenessClientIds = new Set<number>();
  // Frames sent in this tick, written together when it ends.
  private readonly outbox: Buffer[] = [];
  private room: Room | null = null;
  private view: RoomView | null = null;
  private queued: Uint8Array[] = [];
  private readonly messages;
  private readonly bytes;
  private readonly awarenessRate;
  private pendingAwareness: AwarenessPayload | null = null;
  private awarenessTimer: NodeJS.Timeout | undefined;
  private closed = false;
  private alive = true;
  private deniedOnce = false;
  private sentStoredState = false;
  private readonly identity: AwarenessIdentity;

  constructor(
    private readonly socket: WebSocket,
    /** The byte stream under `socket`: the upgraded request's socket. */
    private readonly transport: Writable,
    readonly principal: Principal,
    /** The display name of the principal's unit, shown with its name in awareness. */
    unitName: string,
    readonly access: Access,
    private readonly limits: ConnectionLimits,
    private readonly metrics: Metrics,
  ) {
    this.messages = createTokenBucket(limits.messagesPerSecond, limits.messagesPerSecond * 2);
    this.bytes = createTokenBucket(limits.bytesPerSecond, limits.bytesPerSecond * 2);
    this.awarenessRate = createTokenBucket(limits.awarenessPerSecond, limits.awarenessPerSecond);
    this.identity = {
      userId: principal.userId,
      name: principal.displayName,
      unitId: principal.unitId,
      unit: unitName,
    };
  }

  /** Starts answering once the room has loaded; messages received before are replayed. */
  attach(room: Room): void {
    this.room = room;
    this.view = {
      stateVector: () => Y.encodeStateVector(room.hydrated()),
      diff: (stateVector) => Y.encodeStateAsUpdate(room.hydrated(), stateVector),
      storedStateVector: () => Y.encodeStateVector(room.hydrated()),
    };
    // Stock clients renew their own state only every 15 s: tell a newcomer who is here now.
    const present = room.encodeFullAwareness();
    if (present) this.send(present);
    // A room still holding its stored state as one blob sends it at once, without waiting for
    // the client's step 1: most clients that open a document have nothing of it yet.
    const blob = room.storedBlob();
    if (blob) {
      this.sendColdState(blob);
      this.sentStoredState = true;
    }
    const queued = this.queued;
    this.queued = [];
    for (const message of queued) this.handle(message);
  }

  /** Entry point for every inbound frame. */
  receive(data: Uint8Array): void {
    if (this.closed) return;
    if (data.byteLength > this.limits.message.maxMessageBytes) {
      this.reject('too-large', CloseCode.MessageTooLarge);
      return;
    }
    if (!this.messages.take() || !this.bytes.take(data.byteLength)) {
      this.reject('rate-limited', CloseCode.RateLimited);
      return;
    }
    if (!this.room) {
      if (this.queued.length >= this.limits.maxQueuedBeforeReady) {
        this.reject('queue-full', CloseCode.RateLimited);
        return;
      }
      this.queued.push(data);
      return;
    }
    this.handle(data);
  }

  /**
   * Sends one message as one frame. `ws.send` would frame the message again for every recipient
   * of a broadcast and make one system call per frame: instead the frame is built once
   * (`frameBinaryMessage`) and held until the tick ends, so the updates a commit releases
   * together reach each recipient in one write to the stream under `ws`. `ws` writes only its
   * control frames (ping, pong, close) there: a close from this side flushes what is held first.
   */
  send(message: Uint8Array): void {
    if (this.closed || this.socket.readyState !== 1) return;
    if (this.transport.writableLength > this.limits.maxBufferedBytes) {
      this.reject('slow-consumer', CloseCode.SlowConsumer);
      return;
    }
    if (this.outbox.length === 0) flushAtTickEnd(this);
    this.outbox.push(frameBinaryMessage(message));
    this.metrics.bytesOut += message.byteLength;
  }

  /** Writes the frames held in this tick, in one write; nothing may follow a close frame. */
  flushAtTickEnd(): void {
    const frames = this.outbox;
    if (frames.length === 0) return;
    if (this.socket.readyState === 1) {
      this.transport.write(frames.length === 1 ? frames[0]! : Buffer.concat(frames));
    }
    frames.length = 0;
  }

  failWrite(error: unknown): void {
    this.metrics.storeFailures++;
    this.metrics.log.error('update.failed', { error: String(error), user: this.principal.userId });
    this.close(CloseCode.InternalError);
  }

  /** Closes the socket with a shared close code. */
  close(code: CloseCodeValue): void {
    if (this.closed) return;
    this.flushAtTickEnd();
    this.closed = true;
    clearTimeout(this.awarenessTimer);
    this.socket.close(code, closeReason[code]);
  }

  /** The peer answered a ping. */
  markAlive(): void {
    this.alive = true;
  }

  /** Pings the peer; one that did not answer the previous ping is dropped (half-open sockets). */
  heartbeat(): void {
    if (this.closed) return;
    if (!this.alive) {
      this.metrics.rejected('heartbeat-timeout');
      this.closed = true;
      this.socket.terminate();
      return;
    }
    this.alive = false;
    this.socket.ping();
  }

  /** Called when the socket has closed, whoever closed it. */
  dispose(): void {
    this.closed = true;
    clearTimeout(this.awarenessTimer);
  }

  private handle(data: Uint8Array): void {
    const room = this.room!;
    const decoded = decodeClientMessage(data, this.limits.message);
    if (!decoded.ok) {
      this.reject(decoded.reason, decodeFailureCloseCode(decoded.reason));
      return;
    }
    this.metrics.messagesIn++;
    const message = decoded.message;
    if (message.type === 'syncStep1' && isEmptyStateVector(message.stateVector)) {
      // It has had the stored state since it attached, and every update since as a peer.
      if (this.sentStoredState) return;
      const blob = room.storedBlob();
      if (blob) {
        this.sendColdState(blob);
        return;
      }
    }
    if (message.type === 'storedQuery') {
      // The stored state vector must include everything this client sent before asking.
      room.afterPending(() => {
        for (const reply of respond(message, this.view!, this.access).replies) this.send(reply);
      });
      return;
    }
    const response = respond(message, this.view!, this.access);
    for (const reply of response.replies) this.send(reply);
    if (response.apply) {
      this.metrics.updatesIn++;
      room.submitUpdate(response.apply, this);
    }
    if (response.denied) {
      this.metrics.rejected('read-only');
      if (!this.deniedOnce)
        this.metrics.log.info('sync.read-only-write', {
          user: this.principal.userId,
          room: room.name,
        });
      this.deniedOnce = true;
    }
    if (response.awareness) this.offerAwareness(response.awareness);
    if (response.sendAwareness) {
      const full = room.encodeFullAwareness();
      if (full) this.send(full);
    }
  }

  // A client of a cold room gets the stored state as it lies on disk, and the room leaves it
  // unapplied until something needs its Y.Doc: a cold load costs the client's apply, not the
  // server's too. The server's own step 1 is left out for a client whose step 1 is empty: it has
  // nothing the server lacks, and whatever it creates afterwards reaches the server as updates.
  // A client that did have something says so in its step 1 and is answered as in a warm room
  // (what it lacks, and the server's step 1); the state sent at attach was then partly redundant.
  // A stored state can be megabytes: it goes out as it is, after a write of the frame header and
  // the step 2 prefix, rather than copied into one message and again into one frame.
  private sendColdState(blob: Uint8Array): void {
    if (this.closed || this.socket.readyState !== 1) return;
    const prefix = encodeSyncStep2Prefix(blob.byteLength);
    const length = prefix.byteLength + blob.byteLength;
    const start = binaryFrameStart(length, prefix.byteLength);
    start.set(prefix, start.length - prefix.byteLength);
    this.flushAtTickEnd();
    this.transport.cork();
    this.transport.write(start);
    this.transport.write(blob);
    this.transport.uncork();
    this.metrics.bytesOut += length;
  }

  // Stock clients re-send every awareness change they apply, others' included: those echoes are
  // dropped before throttling, so they can neither spend this client's rate nor replace its state.
  // Who the client says it is in `user` is replaced by who it signed in as. A connection speaks
  // for at most `maxAwarenessIds` ids at once (a stock client for one), so a room's awareness
  // stays within what a stock client may echo back (the decoding bound).
  private offerAwareness(payload: AwarenessPayload): void {
    const room = this.room!;
    let newIds = 0;
    let overCap = false;
    const own = payload.clients.filter((entry) => {
      if (!room.mayUpdateAwareness(entry.clientId, this)) return false;
      if (this.awarenessClientIds.has(entry.clientId) || entry.state === null) return true;
      if (this.awarenessClientIds.size + newIds < this.limits.maxAwarenessIds) {
        newIds++;
        return true;
      }
      overCap = true;
      return false;
    });
    if (overCap) this.metrics.rejected('awareness-too-many-ids');
    if (own.length === 0) {
      if (!overCap) this.metrics.rejected('awareness-echo');
      return;
    }
    const mine =
      own.length === payload.clients.length
        ? payload
        : { clients: own, update: encodeAwarenessEntries(own) };
    this.throttleAwareness(stampAwarenessIdentity(mine, this.identity));
  }

  // Awareness is throttled by coalescing: past the rate, only the latest state is kept and sent.
  private throttleAwareness(payload: AwarenessPayload): void {
    if (this.awarenessRate.take()) {
      this.applyAwareness(payload);
      return;
    }
    this.metrics.rejected('awareness-throttled');
    this.pendingAwareness = payload;
    if (this.awarenessTimer) return;
    this.awarenessTimer = setTimeout(
      () => {
        this.awarenessTimer = undefined;
        const pending = this.pendingAwareness;
        this.pendingAwareness = null;
        if (pending && !this.closed) this.throttleAwareness(pending);
      },
      Math.max(10, this.awarenessRate.waitMs()),
    );
  }

  private applyAwareness(payload: AwarenessPayload): void {
    if (!this.room!.applyAwareness(payload, this, this.limits.maxAwarenessIds))
      this.metrics.rejected('awareness-refused');
  }

  private reject(reason: string, code: CloseCodeValue): void {
    this.metrics.rejected(reason);
    this.metrics.log.warn('sync.rejected', {
      reason,
      user: this.principal.userId,
      room: this.room?.name,
    });
    this.close(code);
  }
}
