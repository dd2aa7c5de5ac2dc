import { PackedUpdates } from './packedUpdates.ts';

/** The appends of one document that are in the journal and not yet in the database. */
export interface PendingDocument {
  name: string;
  /** Sequence number of the last update; the first is `lastSeq - updates.count + 1`. */
  lastSeq: number;
  /** The updates, already framed as the row they will be stored in. */
  updates: PackedUpdates;
  /** Milliseconds since the epoch of the first and the last of these appends. */
  firstAt: number;
  lastAt: number;
}

/** Appends held in memory between their journal write and the drain into the database. */
export class PendingAppends {
  private readonly documents = new Map<string, PendingDocument>();
  /** Update bytes held. */
  bytes = 0;

  /** Adds the next update of `name`, numbered `seq`, appended at `at`. */
  add(name: string, seq: number, data: Uint8Array, at: number): void {
    let pending = this.documents.get(name);
    if (!pending) {
      pending = { name, lastSeq: seq, updates: new PackedUpdates(), firstAt: at, lastAt: at };
      this.documents.set(name, pending);
    }
    pending.lastSeq = seq;
    pending.updates.push(data);
    pending.lastAt = at;
    this.bytes += data.byteLength;
  }

  /** What is held for `name`, if anything. */
  get(name: string): PendingDocument | undefined {
    return this.documents.get(name);
  }

  /** Removes and returns what is held for `name`, if anything. */
  take(name: string): PendingDocument | undefined {
    const pending = this.documents.get(name);
    if (!pending) return undefined;
    this.documents.delete(name);
    this.bytes -= pending.updates.bytes;
    return pending;
  }

  /** Every document with pending appends, in the order each first got one. */
  list(): PendingDocument[] {
    return [...this.documents.values()];
  }

  get isEmpty(): boolean {
    return this.documents.size === 0;
  }

  clear(): void {
    this.documents.clear();
    this.bytes = 0;
  }
}
