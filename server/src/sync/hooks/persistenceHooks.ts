import type { DocumentStore } from '@lianban/storage';
import * as Y from 'yjs';
import type { Metrics } from '../../observability/metrics.ts';
import type { Room } from '../room.ts';
import type { RoomHooks } from '../roomHooks.ts';

// Forwarded updates applied per turn before a compaction: ~0.7 ms of small updates.
const defaultApplySlice = 250;

/**
 * Persistence: loads snapshot + tail, appends every update before it is applied, and compacts
 * the log into a snapshot once the tail passes `compactAfter` updates and when the room unloads.
 */
export function persistenceHooks(
  store: DocumentStore,
  metrics: Metrics,
  options: { compactAfter: number; applySlice?: number },
): RoomHooks {
  const applySlice = options.applySlice ?? defaultApplySlice;
  const compacting = new WeakSet<Room>();
  // Rooms past `compactAfter`, worked on one per turn of the event loop: a compaction applies the
  // room's pending updates and encodes the whole document (~7 ms for 2,000 small updates), and
  // rooms typed into at the same pace reach the threshold together (50 in one turn held the
  // loop 330 ms under the sync bench's scenario A). The updates are applied `applySlice` per
  // turn first, so a turn is held for well under a millisecond until the encoding; a room typed
  // into faster than that still gets its compaction after `maxSlices` (the rest is applied then).
  const compactionsDue = new Map<Room, number>();
  const maxSlices = Math.ceil(options.compactAfter / applySlice) + 1;
  let compactionScheduled = false;

  function scheduleCompaction(): void {
    if (compactionScheduled || compactionsDue.size === 0) return;
    compactionScheduled = true;
    setImmediate(compactNextDue);
  }

  function compactNextDue(): void {
    compactionScheduled = false;
    const next = compactionsDue.entries().next().value;
    if (!next) return;
    const [room, slices] = next;
    const failed = (error: unknown) =>
      metrics.log.error('compact.failed', { room: room.name, error: String(error) });
    try {
      if (room.tailCount > 0 && slices < maxSlices && room.hydrateSome(applySlice)) {
        compactionsDue.set(room, slices + 1);
        scheduleCompaction();
        return;
      }
    } catch (error) {
      // Given up for now: the room's next update past the threshold queues it again.
      compactionsDue.delete(room);
      failed(error);
      scheduleCompaction();
      return;
    }
    compactionsDue.delete(room);
    compact(room).catch(failed);
    scheduleCompaction();
  }

  async function compact(room: Room): Promise<void> {
    if (room.tailCount === 0 || compacting.has(room)) return;
    compacting.add(room);
    try {
      const throughSeq = room.appliedSeq;
      const tail = room.tailCount;
      await store.compact(room.name, Y.encodeStateAsUpdate(room.hydrated()), throughSeq);
      room.tailCount -= tail;
      metrics.compactions++;
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
      return store.append(room.name, update);
    },
    afterChange(room, _update, seq) {
      if (seq !== undefined) room.appliedSeq = seq;
      room.tailCount++;
      if (room.tailCount >= options.compactAfter && !compacting.has(room)) {
        if (!compactionsDue.has(room)) compactionsDue.set(room, 0);
        scheduleCompaction();
      }
    },
    onStore: compact,
    async onUnload(room) {
      // Compacted as it unloaded (onStore): a queued compaction would keep the destroyed room.
      compactionsDue.delete(room);
    },
    onLoadError(room, error) {
      metrics.log.error('load.bad-update', { room: room.name, error: String(error) });
    },
  };
}
