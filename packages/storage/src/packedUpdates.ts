import { readFramedUpdates, rowFramingBytes, unpackRowUpdates } from './rowUpdates.ts';

const initialCapacity = 256;

/**
 * Updates appended one at a time into one growing buffer, in the framing of a stored row
 * (`rowUpdates.ts`). Thousands of small updates held for a second or more cost the garbage
 * collector little this way: the bytes live outside the JavaScript heap and no object is kept
 * per update (held as their own Uint8Arrays, they were copied by every young-generation
 * collection and then promoted: 3–5 ms pauses, once a second, at 2,000 updates/s).
 */
export class PackedUpdates {
  private buffer: Buffer | null = null;
  // The held updates are the buffer's bytes from `start` to `used`; `takeFirst` moves `start`.
  private start = 0;
  private used = 0;
  /** How many updates are held. */
  count = 0;

  /** Copies `update` in after the others. */
  push(update: Uint8Array): void {
    const needed = this.used + rowFramingBytes + update.byteLength;
    if (!this.buffer || needed > this.buffer.byteLength) this.grow(needed);
    const buffer = this.buffer!;
    this.used = buffer.writeUInt32LE(update.byteLength, this.used);
    buffer.set(update, this.used);
    this.used += update.byteLength;
    this.count++;
  }

  /** The updates' own bytes, without the framing. */
  get bytes(): number {
    return this.used - this.start - rowFramingBytes * this.count;
  }

  /**
   * The updates as one stored row's data (a single update as it is). A view of the buffer: valid
   * until the next `push` or `clear`.
   */
  rowData(): Uint8Array {
    if (!this.buffer) return new Uint8Array(0);
    const start = this.start + (this.count === 1 ? rowFramingBytes : 0);
    // A plain Uint8Array, as Yjs and SQLite see every other update.
    return new Uint8Array(this.buffer.buffer, this.buffer.byteOffset + start, this.used - start);
  }

  /** The updates in order, as views of the buffer: valid until the next `push` or `clear`. */
  list(): Uint8Array[] {
    return this.count === 0 ? [] : unpackRowUpdates(this.rowData(), this.count);
  }

  /**
   * Removes the first `max` updates (all, if fewer are held) and returns them in order, as views
   * of the buffer. The views stay valid: later pushes write past them or into a new buffer.
   */
  takeFirst(max: number): Uint8Array[] {
    if (max >= this.count) {
      const all = this.list();
      this.clear();
      return all;
    }
    const buffer = this.buffer!;
    // A plain Uint8Array over the buffer, so the views handed out are plain too (see `rowData`).
    const held = new Uint8Array(buffer.buffer, buffer.byteOffset, this.used);
    const { updates: taken, end } = readFramedUpdates(held, this.start, max);
    this.start = end;
    this.count -= max;
    return taken;
  }

  /** Forgets every update; the buffer is released. */
  clear(): void {
    this.buffer = null;
    this.start = 0;
    this.used = 0;
    this.count = 0;
  }

  // Only what is still held moves to the new buffer: what `takeFirst` handed out stays behind.
  private grow(needed: number): void {
    const held = this.used - this.start;
    let capacity = Math.max(initialCapacity, (this.buffer?.byteLength ?? 0) * 2);
    while (capacity < needed - this.start) capacity *= 2;
    // Its own memory, not a slice of Node's shared pool that it would keep alive.
    const next = Buffer.allocUnsafeSlow(capacity);
    if (this.buffer) this.buffer.copy(next, 0, this.start, this.used);
    this.buffer = next;
    this.start = 0;
    this.used = held;
  }
}
