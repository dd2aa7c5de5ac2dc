import { describe, expect, it } from 'vitest';
import { PackedUpdates } from './packedUpdates.ts';
import { unpackRowUpdates } from './rowUpdates.ts';

// A stored row of several updates, framed by hand: (u32 little-endian length, bytes) each.
function framedRow(updates: readonly Uint8Array[]): Buffer {
  return Buffer.concat(
    updates.flatMap((update) => {
      const length = Buffer.alloc(4);
      length.writeUInt32LE(update.byteLength);
      return [length, Buffer.from(update)];
    }),
  );
}

const bytes = (length: number, fill: number) => new Uint8Array(length).fill(fill);

describe('PackedUpdates', () => {
  it('holds nothing at first', () => {
    const packed = new PackedUpdates();
    expect(packed.count).toBe(0);
    expect(packed.bytes).toBe(0);
    expect(packed.list()).toEqual([]);
    expect(packed.rowData().byteLength).toBe(0);
  });

  it('gives one update back as it is, in the row framing of a single update', () => {
    const packed = new PackedUpdates();
    packed.push(bytes(3, 7));
    expect(packed.count).toBe(1);
    expect(packed.bytes).toBe(3);
    expect([...packed.rowData()]).toEqual([7, 7, 7]);
    expect(packed.list().map((update) => [...update])).toEqual([[7, 7, 7]]);
  });

  it('frames several updates exactly as a stored row, growing past its first buffer', () => {
    const updates = [bytes(1, 1), bytes(0, 0), bytes(300, 3), bytes(70_000, 4), bytes(2, 5)];
    const packed = new PackedUpdates();
    for (const update of updates) packed.push(update);
    expect(packed.count).toBe(updates.length);
    expect(packed.bytes).toBe(70_303);
    expect(Buffer.from(packed.rowData())).toEqual(framedRow(updates));
    expect(packed.list()).toEqual(updates);
    expect(unpackRowUpdates(packed.rowData(), packed.count)).toEqual(updates);
  });

  it('keeps its own copy: the caller may reuse its buffer', () => {
    const reused = bytes(4, 1);
    const packed = new PackedUpdates();
    packed.push(reused);
    reused.fill(9);
    packed.push(reused);
    expect(packed.list().map((update) => [...update])).toEqual([
      [1, 1, 1, 1],
      [9, 9, 9, 9],
    ]);
  });

  it('starts again empty after clear, while views taken before stay intact', () => {
    const packed = new PackedUpdates();
    packed.push(bytes(2, 1));
    packed.push(bytes(2, 2));
    const before = packed.list();
    packed.clear();
    packed.push(bytes(1, 3));
    expect(packed.count).toBe(1);
    expect([...packed.rowData()]).toEqual([3]);
    expect(before.map((update) => [...update])).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it('hands out its first updates without copying the rest, and frames what is left as a row', () => {
    const packed = new PackedUpdates();
    for (let fill = 1; fill <= 5; fill++) packed.push(bytes(fill, fill));
    const first = packed.takeFirst(2);
    expect(first.map((update) => [...update])).toEqual([[1], [2, 2]]);
    expect(packed.count).toBe(3);
    expect(packed.bytes).toBe(12);
    const rest = [bytes(3, 3), bytes(4, 4), bytes(5, 5)];
    expect(Buffer.from(packed.rowData())).toEqual(framedRow(rest));
    expect(packed.list()).toEqual(rest);
    // One left: the row framing of a single update is the update itself.
    packed.takeFirst(2);
    expect([...packed.rowData()]).toEqual([5, 5, 5, 5, 5]);
  });

  it('keeps handed-out views intact while it grows, and moves only what it still holds', () => {
    const packed = new PackedUpdates();
    for (let fill = 1; fill <= 4; fill++) packed.push(bytes(60, fill));
    const taken = packed.takeFirst(3);
    // Past the first 256-byte buffer: the new one needs room for the one held and this one only.
    packed.push(bytes(200, 9));
    packed.push(bytes(70_000, 8));
    expect(taken.map((update) => update[0])).toEqual([1, 2, 3]);
    expect(taken.every((update) => update.byteLength === 60)).toBe(true);
    expect(packed.count).toBe(3);
    expect(packed.bytes).toBe(70_260);
    expect(packed.list()).toEqual([bytes(60, 4), bytes(200, 9), bytes(70_000, 8)]);
  });

  it('empties when everything is taken, and takes at most what it holds', () => {
    const packed = new PackedUpdates();
    packed.push(bytes(2, 1));
    packed.push(bytes(2, 2));
    expect(packed.takeFirst(10).map((update) => [...update])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(packed.count).toBe(0);
    expect(packed.bytes).toBe(0);
    expect(packed.takeFirst(1)).toEqual([]);
    packed.push(bytes(1, 7));
    expect(packed.list().map((update) => [...update])).toEqual([[7]]);
  });
});
