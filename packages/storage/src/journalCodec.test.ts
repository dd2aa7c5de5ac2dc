import { describe, expect, it } from 'vitest';
import { decodeJournal, encodeJournalBatch, type JournalBatch } from './journalCodec.ts';

const batches: JournalBatch[] = [
  {
    at: Date.UTC(2026, 10, 28, 8, 0, 0, 123),
    records: [
      { name: 'case/7/file', seq: 1, data: new Uint8Array([1, 2, 3]) },
      { name: '案件/7/会签', seq: 2 ** 40, data: new Uint8Array(70_000).fill(9) },
    ],
  },
  { at: 0, records: [] },
  { at: 5, records: [{ name: 'case/7/file', seq: 2, data: new Uint8Array([4]) }] },
];
const file = Buffer.concat(batches.map(encodeJournalBatch));

describe('journal codec', () => {
  it('reads back every batch as written, names, large seqs and large updates included', () => {
    expect(decodeJournal(file)).toEqual({ batches, intactBytes: file.length });
  });

  it('stops before a batch cut short, at every possible cut', () => {
    const firstEnd = encodeJournalBatch(batches[0]!).length;
    for (const cut of [1, 7, 8, 20, firstEnd - 1]) {
      expect(decodeJournal(file.subarray(0, cut))).toEqual({ batches: [], intactBytes: 0 });
    }
    expect(decodeJournal(file.subarray(0, file.length - 1))).toEqual({
      batches: batches.slice(0, 2),
      intactBytes: file.length - encodeJournalBatch(batches[2]!).length,
    });
  });

  it('stops at a batch whose bytes changed after it was written, and at zeros', () => {
    const damaged = Buffer.from(file);
    damaged[damaged.length - 1]! ^= 0xff;
    expect(decodeJournal(damaged).batches).toEqual(batches.slice(0, 2));
    const zeros = Buffer.concat([encodeJournalBatch(batches[2]!), Buffer.alloc(4096)]);
    expect(decodeJournal(zeros).batches).toEqual([batches[2]]);
  });
});
