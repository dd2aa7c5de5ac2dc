import { describe, expect, it } from 'vitest';
import { compactToSnapshot } from '../compactToSnapshot.ts';
import type { DocumentStore } from '../documentStore.ts';
import {
  bytesOf,
  docFromStored,
  recordEditSession,
  sameBytes,
  textAtVersion,
  textOf,
} from './contractData.ts';
import type { ContractHarness } from './contractHarness.ts';

const session = recordEditSession(60);

async function storeSession(store: DocumentStore, name: string): Promise<void> {
  for (const update of session.updates) await store.append(name, update);
}

/** Contract tests of `compact`: the tail is kept, history survives, stale calls are ignored. */
export function defineCompactContract(harness: ContractHarness): void {
  describe('compact', () => {
    it('replaces updates through throughSeq by the snapshot and keeps the later ones', async () => {
      const store = await harness.open();
      await storeSession(store, 'doc');
      const snapshot = compactToSnapshot(null, session.updates.slice(0, 40));
      await store.compact('doc', snapshot, 40);
      const stored = await store.load('doc');
      expect(stored).toMatchObject({ snapshotSeq: 40, lastSeq: 60 });
      expect(sameBytes(stored?.snapshot, snapshot)).toBe(true);
      expect(stored?.updates).toHaveLength(20);
      for (const [index, update] of (stored?.updates ?? []).entries()) {
        expect(sameBytes(update, session.updates[40 + index] ?? bytesOf(''))).toBe(true);
      }
    });

    it('loads the same document after compaction as before, history included', async () => {
      const store = await harness.open();
      await storeSession(store, 'doc');
      const before = await store.load('doc');
      if (!before) throw new Error('document missing');
      await store.compact(
        'doc',
        compactToSnapshot(before.snapshot, before.updates.slice(0, 50)),
        50,
      );
      const after = await store.load('doc');
      if (!after) throw new Error('document missing after compaction');
      const [docBefore, docAfter] = [docFromStored(before), docFromStored(after)];
      expect(docAfter.getText('body').toString()).toBe(session.text);
      expect(docAfter.getText('body').toString()).toBe(docBefore.getText('body').toString());
      expect(textAtVersion(docAfter, session.earlyVersion)).toBe(session.earlyText);
      expect(session.text).not.toContain(session.earlyText);
    });

    it('ignores stale compactions (throughSeq at or below the current snapshotSeq)', async () => {
      const store = await harness.open();
      await storeSession(store, 'doc');
      const snapshot = compactToSnapshot(null, session.updates.slice(0, 30));
      await store.compact('doc', snapshot, 30);
      await store.compact('doc', compactToSnapshot(null, session.updates.slice(0, 10)), 10);
      await store.compact('doc', bytesOf('not used'), 30);
      const stored = await store.load('doc');
      expect(stored?.snapshotSeq).toBe(30);
      expect(sameBytes(stored?.snapshot, snapshot)).toBe(true);
      expect(stored?.updates).toHaveLength(30);
    });

    it('compacts a second time on top of the first snapshot', async () => {
      const store = await harness.open();
      await storeSession(store, 'doc');
      await store.compact('doc', compactToSnapshot(null, session.updates.slice(0, 20)), 20);
      const first = await store.load('doc');
      if (!first) throw new Error('document missing');
      await store.compact('doc', compactToSnapshot(first.snapshot, first.updates.slice(0, 25)), 45);
      const stored = await store.load('doc');
      expect(stored).toMatchObject({ snapshotSeq: 45, lastSeq: 60 });
      expect(stored?.updates).toHaveLength(15);
      expect(stored && docFromStored(stored).getText('body').toString()).toBe(session.text);
    });

    it('compacts everything; later appends continue the numbering after the snapshot', async () => {
      const store = await harness.open();
      await storeSession(store, 'doc');
      await store.compact('doc', compactToSnapshot(null, session.updates), 60);
      expect((await store.load('doc'))?.updates).toEqual([]);
      expect(await store.append('doc', bytesOf('next'))).toBe(61);
      const stored = await store.load('doc');
      expect(stored).toMatchObject({ snapshotSeq: 60, lastSeq: 61 });
      expect(stored?.updates.map(textOf)).toEqual(['next']);
    });

    it('sees appends issued just before it, in the same tick', async () => {
      const store = await harness.open();
      const appended = session.updates.slice(0, 3).map((update) => store.append('doc', update));
      await store.compact('doc', compactToSnapshot(null, session.updates.slice(0, 3)), 3);
      expect(await Promise.all(appended)).toEqual([1, 2, 3]);
      expect(await store.load('doc')).toMatchObject({ snapshotSeq: 3, lastSeq: 3, updates: [] });
    });

    it('rejects a throughSeq beyond lastSeq or not an integer with INVALID_SEQ', async () => {
      const store = await harness.open();
      await store.append('doc', session.updates[0] ?? bytesOf('x'));
      for (const throughSeq of [2, 1.5, -1, Number.NaN]) {
        await expect(store.compact('doc', bytesOf('snapshot'), throughSeq)).rejects.toMatchObject({
          code: 'INVALID_SEQ',
        });
      }
      expect(await store.load('doc')).toMatchObject({ snapshotSeq: 0, lastSeq: 1 });
    });

    it('rejects an empty snapshot with EMPTY_UPDATE', async () => {
      const store = await harness.open();
      await store.append('doc', bytesOf('x'));
      await expect(store.compact('doc', new Uint8Array(), 1)).rejects.toMatchObject({
        code: 'EMPTY_UPDATE',
      });
    });

    it('ignores a compaction of an unknown document and creates nothing', async () => {
      const store = await harness.open();
      await store.compact('ghost', bytesOf('snapshot'), 1);
      expect(await store.load('ghost')).toBeNull();
      expect(await store.list()).toEqual([]);
    });
  });
}
