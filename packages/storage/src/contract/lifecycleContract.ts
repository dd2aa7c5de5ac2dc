import { describe, expect, it } from 'vitest';
import { compactToSnapshot } from '../compactToSnapshot.ts';
import type { DocumentStore } from '../documentStore.ts';
import { bytesOf, randomBytes, recordEditSession, textOf } from './contractData.ts';
import type { ContractHarness } from './contractHarness.ts';

async function everything(store: DocumentStore) {
  const names = await store.list();
  const documents = await Promise.all(
    names.map(async (name) => [await store.load(name), await store.meta(name)]),
  );
  return { names, documents };
}

/** Contract tests of `close`, and of durability across close and reopen when the adapter can reopen. */
export function defineLifecycleContract(harness: ContractHarness): void {
  describe('close and reopen', () => {
    it('resolves appends issued before close, then rejects every call with CLOSED', async () => {
      const store = await harness.open();
      const appended = store.append('doc', bytesOf('last words'));
      await store.close();
      await store.close();
      expect(await appended).toBe(1);
      const calls = [
        store.append('doc', bytesOf('x')),
        store.load('doc'),
        store.compact('doc', bytesOf('x'), 1),
        store.list(),
        store.delete('doc'),
        store.meta('doc'),
      ];
      for (const call of calls) await expect(call).rejects.toMatchObject({ code: 'CLOSED' });
    });

    if (harness.reopen)
      it('keeps every document, snapshot, deletion and count across reopen', async () => {
        const store = await harness.open();
        const { updates } = recordEditSession(40);
        for (const update of updates) await store.append('case/1', update);
        await store.compact('case/1', compactToSnapshot(null, updates.slice(0, 25)), 25);
        await store.append('case/2', randomBytes(5000, 7));
        await store.append('case/3', bytesOf('deleted soon'));
        await store.delete('case/3');
        const before = await everything(store);
        await store.close();
        const reopened = await (harness.reopen?.() ?? Promise.reject(new Error('no reopen')));
        expect(await everything(reopened)).toEqual(before);
        expect(await reopened.append('case/1', bytesOf('after reopen'))).toBe(41);
      });

    if (harness.reopen)
      it('keeps appends issued in the same tick as close', async () => {
        const store = await harness.open();
        const appended = Array.from({ length: 50 }, (_, index) =>
          store.append('burst', bytesOf(`u${index}`)),
        );
        await store.close();
        expect(await Promise.all(appended)).toEqual(
          Array.from({ length: 50 }, (_, index) => index + 1),
        );
        const reopened = await (harness.reopen?.() ?? Promise.reject(new Error('no reopen')));
        const stored = await reopened.load('burst');
        expect(stored?.updates.map(textOf)).toEqual(
          Array.from({ length: 50 }, (_, index) => `u${index}`),
        );
      });
  });
}
