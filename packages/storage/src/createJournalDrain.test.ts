import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppendJournal } from './appendJournal.ts';
import { createJournalDrain } from './createJournalDrain.ts';
import { encodeJournalBatch } from './journalCodec.ts';
import type { PendingDocument } from './pendingAppends.ts';

let directory = '';
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'lianban-drain-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

const bytes = (value: number) => new Uint8Array([value]);

describe('journal drain', () => {
  it('drains a cycle a few documents per step while appends go on to a fresh journal', () => {
    const path = join(directory, 'cycle.appends');
    const journal = openAppendJournal(path, false);
    const steps: string[][] = [];
    const drain = createJournalDrain(
      journal,
      (documents: PendingDocument[]) =>
        steps.push(documents.map((d) => `${d.name}@${d.lastSeq}x${d.updates.count}`)),
      2,
    );
    for (const [index, name] of ['a', 'b', 'c', 'a'].entries()) {
      const seq = name === 'a' && index === 3 ? 2 : 1;
      journal.write(
        encodeJournalBatch({ at: index, records: [{ name, seq, data: bytes(index) }] }),
      );
      drain.add(name, seq, bytes(index), index);
    }
    expect(drain.step()).toBe(true);
    expect(existsSync(`${path}.draining`)).toBe(true);
    // An append during the cycle waits for the next one, in the fresh journal.
    journal.write(encodeJournalBatch({ at: 9, records: [{ name: 'a', seq: 3, data: bytes(9) }] }));
    drain.add('a', 3, bytes(9), 9);
    expect(openAppendJournal(path, false).leftover.map((b) => b.at)).toEqual([0, 1, 2, 3, 9]);
    expect(drain.step()).toBe(false);
    expect(existsSync(`${path}.draining`)).toBe(false);
    expect(drain.isEmpty).toBe(false);
    expect(drain.step()).toBe(false);
    expect(steps).toEqual([['a@2x2', 'b@1x1'], ['c@1x1'], ['a@3x1']]);
    expect(drain.isEmpty).toBe(true);
    journal.close();
  });

  it('keeps a step that failed, and drains everything at once on demand', () => {
    const path = join(directory, 'retry.appends');
    const journal = openAppendJournal(path, false);
    const written: string[] = [];
    let failNext = true;
    const drain = createJournalDrain(
      journal,
      (documents) => {
        if (failNext) {
          failNext = false;
          throw new Error('disk full');
        }
        written.push(...documents.map((d) => d.name));
      },
      1,
    );
    for (const name of ['x', 'y', 'z']) drain.add(name, 1, bytes(1), 0);
    expect(() => drain.step()).toThrow('disk full');
    expect(drain.step()).toBe(true);
    drain.add('w', 1, bytes(1), 0);
    drain.all();
    expect(written).toEqual(['x', 'y', 'z', 'w']);
    expect(drain.isEmpty).toBe(true);
    expect(existsSync(`${path}.draining`)).toBe(false);
    journal.close();
  });

  it('drains one document on demand, its set-aside appends before the newer ones', () => {
    const path = join(directory, 'document.appends');
    const journal = openAppendJournal(path, false);
    const writes: string[][] = [];
    const drain = createJournalDrain(
      journal,
      (documents) => writes.push(documents.map((d) => `${d.name}@${d.lastSeq}x${d.updates.count}`)),
      1,
    );
    for (const name of ['a', 'b', 'c']) {
      journal.write(encodeJournalBatch({ at: 0, records: [{ name, seq: 1, data: bytes(1) }] }));
      drain.add(name, 1, bytes(1), 0);
    }
    expect(drain.step()).toBe(true);
    journal.write(encodeJournalBatch({ at: 1, records: [{ name: 'b', seq: 2, data: bytes(2) }] }));
    drain.add('b', 2, bytes(2), 1);
    drain.document('b');
    expect(writes).toEqual([['a@1x1'], ['b@1x1', 'b@2x1']]);
    expect(drain.waitingBytes).toBe(0);
    drain.document('nothing-held');
    expect(writes).toHaveLength(2);
    // The cycle's last document drained on demand: its file is all in the database.
    expect(existsSync(`${path}.draining`)).toBe(true);
    drain.document('c');
    expect(existsSync(`${path}.draining`)).toBe(false);
    expect(drain.isEmpty).toBe(true);
    // The step that was to go on with that cycle does not start the next one early.
    drain.add('d', 1, bytes(3), 2);
    expect(drain.step()).toBe(false);
    expect(writes).toEqual([['a@1x1'], ['b@1x1', 'b@2x1'], ['c@1x1']]);
    expect(drain.step()).toBe(false);
    expect(writes.at(-1)).toEqual(['d@1x1']);
    journal.close();
  });
});
