import type { DocumentStore } from '@lianban/storage';
import * as Y from 'yjs';
import type { Metrics } from '../../observability/metrics.ts';
import type { Room } from '../room.ts';
import type { RoomHooks } from '../roomHooks.ts';

/**
 * Persistence: loads snapshot + tail, appends every update before it is applied, and compacts
 * the log into a snapshot once the tail passes `compactAfter` updates and when the room unloads.
 */
export function persistenceHooks(
  store: DocumentStore,
  metrics: Metrics,
  options: { compactAfter: number },
): RoomHooks {
  const compacting = new WeakSet<Room>();
  // When each update not yet applied was handed to the store; appends and applies both keep
  // arrival order. (A failed append is never applied: the latencies of its room's later updates
  // are then read one place off, while its writers are closed and reconnect.)
  const storeStarted = new WeakMap<Room, number[]>();

  async function compact(room: Room): Promise<void> {
    if (room.tailCount === 0 || compacting.has(room)) return;
    compacting.add(room);
    try {
      const throughSeq = room.appliedSeq;
      const tail = room.tailCount;
      await store.compact(room.name, Y.encodeStateAsUpdate(room.hydrated()), throughSeq);
      room.tailCount -= tail;
    } finally {
      compacting.delete(room);
    }
  }

  return {
    async onLoad(room) {
      const stored = await store.load(room.name);
      if (!stored) return;
      room.setStored(stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates);
      room.appliedSeq = stored.lastSeq;
      room.tailCount = stored.updates.length;
    },
    onChange(room, update) {
      const started = storeStarted.get(room);
      if (started) started.push(performance.now());
      else storeStarted.set(room, [performance.now()]);
      return store.append(room.name, update);
    },
    afterChange(room, _update, seq) {
      const started = storeStarted.get(room)?.shift();
      if (started !== undefined) metrics.observeStoreLatency(performance.now() - started);
      metrics.updatesStored++;
      if (seq !== undefined) room.appliedSeq = seq;
      room.tailCount++;
      if (room.tailCount >= options.compactAfter && !compacting.has(room)) {
        setImmediate(() => {
          compact(room).catch((error) =>
            metrics.log.error('compact.failed', { room: room.name, error: String(error) }),
          );
        });
      }
    },
    onStore: compact,
    onLoadError(room, error) {
      metrics.log.error('load.bad-update', { room: room.name, error: String(error) });
    },
  };
}
