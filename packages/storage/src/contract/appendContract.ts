import { describe, expect, it } from 'vitest';
import { bytesOf, randomBytes, sameBytes, textOf } from './contractData.ts';
import type { ContractHarness } from './contractHarness.ts';

/** Contract tests of `append` and `load`: numbering, order, concurrency, fidelity, validation. */
export function defineAppendContract(harness: ContractHarness): void {
  describe('append and load', () => {
    it('numbers appends 1, 2, 3 … per document, each document on its own', async () => {
      const store = await harness.open();
      expect(await store.append('a', bytesOf('a1'))).toBe(1);
      expect(await store.append('a', bytesOf('a2'))).toBe(2);
      expect(await store.append('b', bytesOf('b1'))).toBe(1);
      expect(await store.append('a', bytesOf('a3'))).toBe(3);
    });

    it('loads the updates in append order, without a snapshot', async () => {
      const store = await harness.open();
      for (const text of ['one', 'two', 'three']) await store.append('doc', bytesOf(text));
      const stored = await store.load('doc');
      expect(stored).toMatchObject({ snapshot: null, snapshotSeq: 0, lastSeq: 3 });
      expect(stored?.updates.map(textOf)).toEqual(['one', 'two', 'three']);
    });

    it('loads null for a document never written', async () => {
      const store = await harness.open();
      await store.append('other', bytesOf('x'));
      expect(await store.load('never')).toBeNull();
    });

    it('stores 1,000 concurrent appends across 10 documents, numbered in call order', async () => {
      const store = await harness.open();
      const calls = Array.from({ length: 1000 }, (_, call) => ({
        name: `doc-${call % 10}`,
        index: Math.floor(call / 10),
      }));
      const seqs = await Promise.all(
        calls.map(({ name, index }) => store.append(name, bytesOf(`${name}#${index}`))),
      );
      expect(seqs).toEqual(calls.map(({ index }) => index + 1));
      for (let document = 0; document < 10; document++) {
        const name = `doc-${document}`;
        const stored = await store.load(name);
        expect(stored?.lastSeq).toBe(100);
        expect(stored?.updates.map(textOf)).toEqual(
          Array.from({ length: 100 }, (_, index) => `${name}#${index}`),
        );
      }
    });

    it('gives interleaved writers of one document unique, gap-free, increasing numbers', async () => {
      const store = await harness.open();
      const writer = async (id: number): Promise<number[]> => {
        const seqs: number[] = [];
        for (let step = 0; step < 25; step++)
          seqs.push(await store.append('shared', bytesOf(`${id}:${step}`)));
        return seqs;
      };
      const perWriter = await Promise.all(Array.from({ length: 20 }, (_, id) => writer(id)));
      for (const seqs of perWriter) expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(perWriter.flat().sort((a, b) => a - b)).toEqual(
        Array.from({ length: 500 }, (_, index) => index + 1),
      );
      const stored = await store.load('shared');
      const written = perWriter.flatMap((seqs, id) =>
        seqs.map((seq, step) => [seq, `${id}:${step}`] as const),
      );
      for (const [seq, text] of written) {
        expect(textOf(stored?.updates[seq - 1] ?? new Uint8Array())).toBe(text);
      }
    });

    it('round-trips random binary updates byte for byte', async () => {
      const store = await harness.open();
      const updates = [1, 2, 255, 256, 4096, 65_537, 300_000].map((length, seed) =>
        randomBytes(length, seed + 1),
      );
      updates.push(new Uint8Array(1000), new Uint8Array(64).fill(0xff));
      for (const update of updates) await store.append('binary', update);
      const stored = await store.load('binary');
      expect(stored?.updates).toHaveLength(updates.length);
      for (const [index, update] of updates.entries()) {
        expect(sameBytes(stored?.updates[index], update)).toBe(true);
      }
    });

    it('keeps its own copy: a caller reusing its buffer after append changes nothing', async () => {
      const store = await harness.open();
      const buffer = bytesOf('original');
      const stored = store.append('copy', buffer);
      buffer.fill(0);
      await stored;
      const loaded = await store.load('copy');
      expect(textOf(loaded?.updates[0] ?? new Uint8Array())).toBe('original');
      loaded?.updates[0]?.fill(0);
      expect(textOf((await store.load('copy'))?.updates[0] ?? new Uint8Array())).toBe('original');
    });

    it('rejects an empty update with EMPTY_UPDATE and creates no document', async () => {
      const store = await harness.open();
      await expect(store.append('empty', new Uint8Array())).rejects.toMatchObject({
        code: 'EMPTY_UPDATE',
      });
      const notBytes = 'text' as unknown as Uint8Array;
      await expect(store.append('empty', notBytes)).rejects.toMatchObject({
        code: 'INVALID_UPDATE',
      });
      expect(await store.load('empty')).toBeNull();
      expect(await store.list()).toEqual([]);
    });

    it('rejects invalid names with INVALID_NAME and accepts any well-formed name up to 1,024 characters', async () => {
      const store = await harness.open();
      for (const name of ['', 'x'.repeat(1025), 'lone\ud800surrogate']) {
        await expect(store.append(name, bytesOf('x'))).rejects.toMatchObject({
          code: 'INVALID_NAME',
        });
      }
      const names = ['x'.repeat(1024), '案件/信访-2026-😀', 'with space', 'nul\u0000inside'];
      for (const name of names) expect(await store.append(name, bytesOf(name))).toBe(1);
      for (const name of names)
        expect((await store.load(name))?.updates.map(textOf)).toEqual([name]);
    });

    it('applies calls in call order: an append issued before a delete is deleted', async () => {
      const store = await harness.open();
      const appended = store.append('ordered', bytesOf('x'));
      await store.delete('ordered');
      expect(await appended).toBe(1);
      expect(await store.load('ordered')).toBeNull();
    });
  });
}
