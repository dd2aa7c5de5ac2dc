import { describe, expect, it } from 'vitest';
import type { DocumentStore } from '../documentStore.ts';
import { bytesOf } from './contractData.ts';
import type { ContractHarness } from './contractHarness.ts';

// Code point order: U+1F600 sorts after U+FF21, which JavaScript's default sort gets wrong.
const sorted = ['A', 'a', 'a/10', 'a/2', 'ab', 'b', '中', '\uff21', '😀'];

async function storeWith(harness: ContractHarness, names: string[]): Promise<DocumentStore> {
  const store = await harness.open();
  for (const name of [...names].reverse()) await store.append(name, bytesOf(name));
  return store;
}

/** Contract tests of `list`: code point order, prefix, after, limit, paging. */
export function defineListContract(harness: ContractHarness): void {
  describe('list', () => {
    it('lists nothing in an empty store', async () => {
      const store = await harness.open();
      expect(await store.list()).toEqual([]);
    });

    it('lists every name once, in code point (UTF-8 byte) order', async () => {
      const store = await storeWith(harness, sorted);
      await store.append('b', bytesOf('again'));
      expect(await store.list()).toEqual(sorted);
    });

    it('filters by prefix', async () => {
      const store = await storeWith(harness, sorted);
      expect(await store.list({ prefix: 'a' })).toEqual(['a', 'a/10', 'a/2', 'ab']);
      expect(await store.list({ prefix: 'a/' })).toEqual(['a/10', 'a/2']);
      expect(await store.list({ prefix: '😀' })).toEqual(['😀']);
      expect(await store.list({ prefix: 'zzz' })).toEqual([]);
      expect(await store.list({ prefix: '' })).toEqual(sorted);
    });

    it('handles prefixes ending at the edges of Unicode ranges', async () => {
      const names = ['q\ud7ff', 'q\ud7ffx', 'q\ue000', 'r\u{10ffff}', 'r\u{10ffff}a', 's'];
      const store = await storeWith(harness, names);
      expect(await store.list({ prefix: 'q\ud7ff' })).toEqual(['q\ud7ff', 'q\ud7ffx']);
      expect(await store.list({ prefix: 'r\u{10ffff}' })).toEqual(['r\u{10ffff}', 'r\u{10ffff}a']);
      expect(await store.list({ prefix: '\u{10ffff}' })).toEqual([]);
    });

    it('starts strictly after `after`, which need not exist', async () => {
      const store = await storeWith(harness, sorted);
      expect(await store.list({ after: 'ab' })).toEqual(['b', '中', '\uff21', '😀']);
      expect(await store.list({ after: 'a/3' })).toEqual(['ab', 'b', '中', '\uff21', '😀']);
      expect(await store.list({ after: '😀' })).toEqual([]);
    });

    it('returns at most `limit` names; limit 0 returns none', async () => {
      const store = await storeWith(harness, sorted);
      expect(await store.list({ limit: 2 })).toEqual(['A', 'a']);
      expect(await store.list({ limit: 0 })).toEqual([]);
      expect(await store.list({ limit: 100 })).toEqual(sorted);
    });

    it('combines prefix, after and limit to page through a prefix', async () => {
      const names = Array.from(
        { length: 25 },
        (_, index) => `case/${String(index).padStart(3, '0')}`,
      );
      const store = await storeWith(harness, [...names, 'cases', 'case', 'other']);
      const pages: string[][] = [];
      let after = '';
      for (;;) {
        const page = await store.list({ prefix: 'case/', after, limit: 10 });
        if (page.length === 0) break;
        pages.push(page);
        after = page[page.length - 1] ?? '';
      }
      expect(pages.map((page) => page.length)).toEqual([10, 10, 5]);
      expect(pages.flat()).toEqual(names);
    });

    it('rejects a limit that is not a non-negative integer with INVALID_OPTION', async () => {
      const store = await harness.open();
      for (const limit of [-1, 1.5, Number.NaN]) {
        await expect(store.list({ limit })).rejects.toMatchObject({ code: 'INVALID_OPTION' });
      }
    });
  });
}
