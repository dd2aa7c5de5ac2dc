import { describe, expect, it } from 'vitest';
import { readFramedUpdates, unpackRowUpdates } from './rowUpdates.ts';

// (u32 little-endian length, bytes) each, as a stored row of several updates.
function framedRow(updates: readonly number[][]): Uint8Array {
  const parts = updates.flatMap((update) => {
    const length = Buffer.alloc(4);
    length.writeUInt32LE(update.length);
    return [length, Buffer.from(update)];
  });
  return new Uint8Array(Buffer.concat(parts));
}

describe('stored rows of updates', () => {
  const row = framedRow([[1, 2, 3], [], [4]]);

  it('unpacks every framed update, as views of the row', () => {
    const updates = unpackRowUpdates(row, 3);
    expect(updates.map((update) => [...update])).toEqual([[1, 2, 3], [], [4]]);
    expect(updates[0]!.buffer).toBe(row.buffer);
  });

  it('holds a single update as it is, unframed', () => {
    const single = new Uint8Array([9, 8, 7]);
    expect(unpackRowUpdates(single, 1)).toEqual([single]);
  });

  it('refuses a row whose framing does not add up: cut short, bytes left over, count too high', () => {
    expect(() => unpackRowUpdates(row.subarray(0, row.length - 1), 3)).toThrow('damaged');
    const trailing = new Uint8Array([...row, 0]);
    expect(() => unpackRowUpdates(trailing, 3)).toThrow('damaged');
    expect(() => unpackRowUpdates(row, 2)).toThrow('damaged');
    expect(() => unpackRowUpdates(row, 4)).toThrow('damaged');
    // A declared length past the end of the row.
    const huge = framedRow([[1]]);
    huge[0] = 0xff;
    expect(() => unpackRowUpdates(huge, 2)).toThrow('damaged');
  });

  it('reads from an offset and stops where the framing runs past the end', () => {
    const first = readFramedUpdates(row, 0, 1);
    expect(first.updates.map((update) => [...update])).toEqual([[1, 2, 3]]);
    const rest = readFramedUpdates(row, first.end, 10);
    expect(rest.updates.map((update) => [...update])).toEqual([[], [4]]);
    expect(rest.end).toBe(row.length);
    expect(readFramedUpdates(row.subarray(0, 5), 0, 3).updates).toEqual([]);
  });
});
