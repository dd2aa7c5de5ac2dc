import type { DocumentRef } from '@lianban/case-model';
import { PackedUpdates } from '@lianban/storage';
import { type AwarenessPayload, encodeAwareness, encodeUpdate } from '@lianban/sync';
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import * as Y from 'yjs';

/**
 * The lifecycle of a room, implemented by one concern per file (`hooks/`: persistence, metrics)
 * and composed in one list. Authentication happens before a room is opened (at the upgrade).
 */
export interface RoomHooks {
  /** Fills a newly opened room from storage; no client is answered before it resolves. */
  onLoad?(room: Room): Promise<void>;
  /**
   * An accepted update, before it is applied or forwarded: stores it. The returned promise
   * resolves with the update's sequence number once it is durable; only then is it applied and
   * forwarded. The promises of successive calls must settle in call order, as a store's appends
   * do (they are what keeps arrival order). One hook stores; a room without one forwards at once.
   */
  onChange?(room: Room, update: Uint8Array): Promise<number> | undefined;
  /**
   * After an update was forwarded, with its stored sequence number and how long storing it took
   * (ms from its arrival; both undefined in a room that does not store).
   */
  afterChange?(
    room: Room,
    update: Uint8Array,
    seq: number | undefined,
    storeMs: number | undefined,
  ): void;
  /** Stores derived state (a snapshot) when the room is idle or asks for it. */
  onStore?(room: Room): Promise<void>;
  /** The room leaves memory. */
  onUnload?(room: Room): Promise<void>;
  /** A stored update could not be applied when the room loaded. */
  onLoadError?(room: Room, error: unknown): void;
}

/** What a room needs from a connection. */
export interface RoomPeer {
  send(message: Uint8Array): void;
  /** The update could not be stored: the peer must not believe it was. */
  failWrite(error: unknown): void;
  readonly awarenessClientIds: Set<number>;
}

/**
 * One open document: its Y.Doc (full history, gc off), awareness and connections. Updates
 * run through one ordered pipeline: stored, then applied, then forwarded.
 */
export class Room {
  private readonly ydoc: Y.Doc;
  readonly awareness: Awareness;
  readonly peers = new Set<RoomPeer>();
  /** Highest stored sequence number applied to `doc`; maintained by the persistence hook. */
  appliedSeq = 0;
  /** Stored updates applied since the last snapshot; maintained by the persistence hook. */
  tailCount = 0;
  private pipeline: Promise<void> = Promise.resolve();
  // Updates whose store promise has not settled yet, oldest first (they settle in this order).
  private readonly storing: { update: Uint8Array; from: RoomPeer; arrivedAt: number }[] = [];
  private readonly forwardStored = (seq: number): void => {
    const { update, from, arrivedAt } = this.storing.shift()!;
    this.applyAndForward(update, from, seq, performance.now() - arrivedAt);
  };
  private readonly failStored = (error: unknown): void => {
    this.storing.shift()!.from.failWrite(error);
  };
  // The stored state handed over at load, not yet applied to `doc`: loading defers the costly
  // apply (see `storedBlob`).
  private loaded: Uint8Array[] | null = null;
  // Updates forwarded and not yet applied to `doc`, after `loaded`.
  private readonly forwarded = new PackedUpdates();
  private everHydrated = false;
  private readonly awarenessOwners = new Map<number, RoomPeer>();

  constructor(
    readonly name: string,
    readonly ref: DocumentRef,
    private readonly hooks: Required<RoomHooks>,
  ) {
    // Named, so Yjs does not draw a random guid: 31 calls into the system's random source.
    this.ydoc = new Y.Doc({ gc: false, guid: name });
    this.awareness = new Awareness(this.ydoc);
    this.awareness.setLocalState(null);
  }

  /** Hands the room its stored state (snapshot, then tail); it is applied to `doc` on first need. */
  setStored(updates: Uint8Array[]): void {
    this.loaded = updates.length > 0 ? updates : null;
  }

  /**
   * The whole stored state as one update, when it is held as exactly one blob not yet applied:
   * a fresh client can be sent it as it is, while the room applies it afterwards.
   */
  storedBlob(): Uint8Array | null {
    return !this.everHydrated && this.loaded?.length === 1 && this.forwarded.count === 0
      ? this.loaded[0]!
      : null;
  }

  /** The document, full history, with every stored update applied (see `hydrated`). */
  get doc(): Y.Doc {
    return this.hydrated();
  }

  /** The Y.Doc with every stored update applied. */
  hydrated(): Y.Doc {
    this.everHydrated = true;
    if (this.loaded || this.forwarded.count > 0) {
      const pending = [...(this.loaded ?? []), ...this.forwarded.list()];
      this.loaded = null;
      this.forwarded.clear();
      this.applyInOrder(pending);
    }
    return this.ydoc;
  }

  /**
   * Applies part of what `doc` still lacks: the stored state whole, or else at most `max` of the
   * forwarded updates, oldest first. Returns whether something is left, so a caller can spread
   * the work over turns of the event loop (2,000 small updates take ~6 ms in one go).
   */
  hydrateSome(max: number): boolean {
    this.everHydrated = true;
    if (this.loaded) {
      const loaded = this.loaded;
      this.loaded = null;
      this.applyInOrder(loaded);
      return this.forwarded.count > 0;
    }
    if (this.forwarded.count === 0) return false;
    this.applyInOrder(this.forwarded.takeFirst(max));
    return this.forwarded.count > 0;
  }

  /**
   * Stores an update, then applies it and forwards it to every other peer, in arrival order.
   * Chained on its own store promise, not behind the previous update's: those settle in call
   * order anyway. At thousands of updates per second the path creates no closure per update.
   */
  submitUpdate(update: Uint8Array, from: RoomPeer): void {
    const stored = this.hooks.onChange(this, update);
    if (!stored) {
      this.pipeline = this.pipeline.then(() =>
        this.applyAndForward(update, from, undefined, undefined),
      );
      return;
    }
    // A task queued by `afterPending` stays ahead of this update: its store promise settles on
    // a later turn than the tasks queued now.
    this.storing.push({ update, from, arrivedAt: performance.now() });
    this.pipeline = stored.then(this.forwardStored, this.failStored);
  }

  /** Runs `task` once every update submitted so far has been stored and applied. */
  afterPending(task: () => void): void {
    this.pipeline = this.pipeline.then(task);
  }

  /** Resolves once everything submitted so far (updates and tasks) has run. */
  async settled(): Promise<void> {
    let last: Promise<void>;
    do {
      last = this.pipeline;
      await last;
    } while (last !== this.pipeline);
  }

  /** Whether a peer may speak for an awareness client id: one it introduced, or a new one. */
  mayUpdateAwareness(clientId: number, peer: RoomPeer): boolean {
    const owner = this.awarenessOwners.get(clientId);
    return owner === undefined || owner === peer;
  }

  /**
   * Applies an awareness update from a peer and forwards it. A peer may only speak for the
   * awareness client ids it introduced, and for at most `maxIds` at once; anything else is refused
   * (returns false).
   */
  applyAwareness(payload: AwarenessPayload, from: RoomPeer, maxIds: number): boolean {
    let introduced = 0;
    for (const entry of payload.clients) {
      const owner = this.awarenessOwners.get(entry.clientId);
      if (owner && owner !== from) return false;
      if (!owner && entry.state !== null) introduced++;
    }
    if (introduced > 0 && from.awarenessClientIds.size + introduced > maxIds) return false;
    for (const entry of payload.clients) {
      if (entry.state === null) {
        this.awarenessOwners.delete(entry.clientId);
        from.awarenessClientIds.delete(entry.clientId);
      } else {
        this.awarenessOwners.set(entry.clientId, from);
        from.awarenessClientIds.add(entry.clientId);
      }
    }
    applyAwarenessUpdate(this.awareness, payload.update, from);
    // Echoed to the sender too: a stock client that hears nothing for 30 s reconnects.
    this.broadcast(encodeAwareness(payload.update), null);
    return true;
  }

  /** The full awareness of the room, for a peer that asked for it. */
  encodeFullAwareness(): Uint8Array | null {
    const clients = [...this.awareness.getStates().keys()];
    return clients.length === 0
      ? null
      : encodeAwareness(encodeAwarenessUpdate(this.awareness, clients));
  }

  /** Adds a peer. */
  join(peer: RoomPeer): void {
    this.peers.add(peer);
  }

  /** Removes a peer and the awareness states it introduced, telling the others. */
  leave(peer: RoomPeer): void {
    this.peers.delete(peer);
    const clients = [...peer.awarenessClientIds].filter((id) => this.awareness.getStates().has(id));
    for (const id of peer.awarenessClientIds) this.awarenessOwners.delete(id);
    peer.awarenessClientIds.clear();
    if (clients.length === 0) return;
    removeAwarenessStates(this.awareness, clients, peer);
    this.broadcast(encodeAwareness(encodeAwarenessUpdate(this.awareness, clients)), peer);
  }

  /** Frees the document and awareness. */
  destroy(): void {
    this.awareness.destroy();
    this.ydoc.destroy();
  }

  private applyInOrder(updates: Uint8Array[]): void {
    Y.transact(this.ydoc, () => {
      for (const update of updates) {
        try {
          Y.applyUpdate(this.ydoc, update);
        } catch (error) {
          // One unreadable stored update must not lock everyone out of the document.
          this.hooks.onLoadError(this, error);
        }
      }
    });
  }

  // The room is a durable log first: a stored update is forwarded at once and applied to the
  // Y.Doc only when someone needs the document (a diff, a state vector, a snapshot), in one batch.
  private applyAndForward(
    update: Uint8Array,
    from: RoomPeer,
    seq: number | undefined,
    storeMs: number | undefined,
  ): void {
    this.forwarded.push(update);
    this.broadcast(encodeUpdate(update), from);
    this.hooks.afterChange(this, update, seq, storeMs);
  }

  private broadcast(message: Uint8Array, except: RoomPeer | null): void {
    for (const peer of this.peers) if (peer !== except) peer.send(message);
  }
}
