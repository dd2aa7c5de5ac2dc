import { rowFramingBytes, unpackRowUpdates } from './rowUpdates.ts';

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
    return this.used - rowFramingBytes * this.count;
  }

  /**
   * The updates as one stored row's data (a single update as it is). A view of the buffer: valid
   * until the next `push` or `clear`.
   */
  rowData(): Uint8Array {
    if (!this.buffer) return new Uint8Array(0);
    const start = this.count === 1 ? rowFramingBytes : 0;
    // A plain Uint8Array, as Yjs and SQLite see every other update.
    return new Uint8Array(this.buffer.buffer, this.buffer.byteOffset + start, this.used - start);
  }

  /** The updates in order, as views of the buffer: valid until the next `push` or `clear`. */
  list(): Uint8Array[] {
    return this.count === 0 ? [] : unpackRowUpdates(this.rowData(), this.count);
  }

  /** Forgets every update; the buffer is released. */
  clear(): void {
    this.buffer = null;
    this.used = 0;
    this.count = 0;
  }

  private grow(needed: number): void {
    let capacity = Math.max(initialCapacity, (this.buffer?.byteLength ?? 0) * 2);
    while (capacity < needed) capacity *= 2;
    // Its own memory, not a slice of Node's shared pool that it would keep alive.
    const next = Buffer.allocUnsafeSlow(capacity);
    if (this.buffer) this.buffer.copy(next, 0, 0, this.used);
    this.buffer = next;
  }
}
