import { describe, expect, it } from 'vitest';
import { compactToSnapshot } from '../compactToSnapshot.ts';
import { bytesOf, recordEditSession } from './contractData.ts';
import type { ContractHarness } from './contractHarness.ts';
import { manualClockStart } from './manualClock.ts';

const iso = (offset: number): string => new Date(manualClockStart + offset).toISOString();
const sum = (updates: Uint8Array[]): number =>
  updates.reduce((total, update) => total + update.byteLength, 0);

/** Contract tests of `meta`: counts, bytes and timestamps from the injected clock. */
export function defineMetaContract(harness: ContractHarness): void {
  describe('meta', () => {
    it('returns null for an unknown document', async () => {
      const store = await harness.open();
      expect(await store.meta('never')).toBeNull();
    });

    it('counts the tail and takes createdAt/updatedAt from the clock', async () => {
      const store = await harness.open();
      await store.append('doc', bytesOf('abc'));
      harness.clock.advance(1000);
      await store.append('doc', bytesOf('defgh'));
      harness.clock.advance(1000);
      await store.append('other', bytesOf('x'));
      expect(await store.meta('doc')).toEqual({
        name: 'doc',
        createdAt: iso(0),
        updatedAt: iso(1000),
        snapshotSeq: 0,
        lastSeq: 2,
        tailCount: 2,
        tailBytes: 8,
        snapshotBytes: 0,
      });
    });

    it('moves counts and bytes into the snapshot on compaction and keeps updatedAt', async () => {
      const store = await harness.open();
      const { updates } = recordEditSession(30);
      for (const update of updates) await store.append('doc', update);
      harness.clock.advance(60_000);
      const snapshot = compactToSnapshot(null, updates.slice(0, 20));
      await store.compact('doc', snapshot, 20);
      expect(await store.meta('doc')).toEqual({
        name: 'doc',
        createdAt: iso(0),
        updatedAt: iso(0),
        snapshotSeq: 20,
        lastSeq: 30,
        tailCount: 10,
        tailBytes: sum(updates.slice(20)),
        snapshotBytes: snapshot.byteLength,
      });
      harness.clock.advance(1000);
      await store.append('doc', bytesOf('later'));
      expect(await store.meta('doc')).toMatchObject({
        updatedAt: iso(61_000),
        lastSeq: 31,
        tailCount: 11,
      });
    });
  });
}
