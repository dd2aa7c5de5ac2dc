import { describe, expect, it } from 'vitest';
import { compactToSnapshot } from '../compactToSnapshot.ts';
import { bytesOf, recordEditSession, textOf } from './contractData.ts';
import type { ContractHarness } from './contractHarness.ts';

/** Contract tests of `delete`: everything of the document goes, nothing of the others. */
export function defineDeleteContract(harness: ContractHarness): void {
  describe('delete', () => {
    it('removes the document from load, meta and list, and leaves the others', async () => {
      const store = await harness.open();
      for (const name of ['keep', 'drop', 'drop/child']) await store.append(name, bytesOf(name));
      await store.delete('drop');
      expect(await store.load('drop')).toBeNull();
      expect(await store.meta('drop')).toBeNull();
      expect(await store.list()).toEqual(['drop/child', 'keep']);
      expect((await store.load('keep'))?.updates.map(textOf)).toEqual(['keep']);
    });

    it('starts a recreated document at seq 1 with nothing of the old one, snapshot included', async () => {
      const store = await harness.open();
      const { updates } = recordEditSession(10);
      for (const update of updates) await store.append('doc', update);
      await store.compact('doc', compactToSnapshot(null, updates.slice(0, 5)), 5);
      await store.delete('doc');
      expect(await store.append('doc', bytesOf('fresh'))).toBe(1);
      const stored = await store.load('doc');
      expect(stored).toMatchObject({ snapshot: null, snapshotSeq: 0, lastSeq: 1 });
      expect(stored?.updates.map(textOf)).toEqual(['fresh']);
      expect(await store.meta('doc')).toMatchObject({
        tailCount: 1,
        tailBytes: 5,
        snapshotBytes: 0,
      });
    });

    it('ignores an unknown name', async () => {
      const store = await harness.open();
      await store.delete('never');
      expect(await store.list()).toEqual([]);
    });
  });
}
