import type { DocumentRef } from '@lianban/case-model';
import { Room, type RoomPeer } from './room.ts';
import type { RoomHooks } from './roomHooks.ts';

interface Entry {
  room: Room;
  ready: Promise<void>;
  idleTimer?: NodeJS.Timeout;
  unloading?: Promise<void>;
}

/** Opens rooms on first use, loads them before anyone is answered, unloads them when idle. */
export interface RoomRegistry {
  /** The room for a document with `peer` joined, once it has loaded from storage. */
  join(name: string, ref: DocumentRef, peer: RoomPeer): Promise<Room>;
  /** Removes a peer; the room unloads after the idle delay once no peer is left. */
  leave(room: Room, peer: RoomPeer): void;
  /** Number of rooms in memory. */
  size(): number;
  /** Stores and unloads every room (for shutdown). */
  closeAll(): Promise<void>;
}

/** Creates the registry. */
export function createRoomRegistry(options: {
  hooks: Required<RoomHooks>;
  idleMs: number;
  onError: (error: unknown, room: Room) => void;
}): RoomRegistry {
  const entries = new Map<string, Entry>();

  async function unload(name: string, entry: Entry): Promise<void> {
    // A room still loading (at shutdown) is stored once it has loaded, not while the store reads.
    await entry.ready.catch(() => {});
    await entry.room.settled();
    try {
      await options.hooks.onStore(entry.room);
      await options.hooks.onUnload(entry.room);
    } catch (error) {
      options.onError(error, entry.room);
    } finally {
      entries.delete(name);
      entry.room.destroy();
    }
  }

  function scheduleUnload(name: string, entry: Entry): void {
    clearTimeout(entry.idleTimer);
    entry.idleTimer = setTimeout(() => {
      if (entry.room.peers.size > 0 || entry.unloading) return;
      entry.unloading = unload(name, entry);
    }, options.idleMs);
    entry.idleTimer.unref();
  }

  return {
    async join(name, ref, peer) {
      let entry = entries.get(name);
      while (entry?.unloading) {
        await entry.unloading;
        entry = entries.get(name);
      }
      if (!entry) {
        const room = new Room(name, ref, options.hooks);
        const created: Entry = { room, ready: options.hooks.onLoad(room) };
        entries.set(name, created);
        created.ready.catch(() => {
          if (entries.get(name) === created) entries.delete(name);
          room.destroy();
        });
        entry = created;
      }
      clearTimeout(entry.idleTimer);
      entry.room.join(peer);
      try {
        await entry.ready;
      } catch (error) {
        entry.room.leave(peer);
        throw error;
      }
      return entry.room;
    },
    leave(room, peer) {
      room.leave(peer);
      const entry = entries.get(room.name);
      if (entry?.room === room && room.peers.size === 0) scheduleUnload(room.name, entry);
    },
    size() {
      return entries.size;
    },
    async closeAll() {
      const pending = [...entries].map(([name, entry]) => {
        clearTimeout(entry.idleTimer);
        entry.unloading ??= unload(name, entry);
        return entry.unloading;
      });
      await Promise.all(pending);
    },
  };
}
