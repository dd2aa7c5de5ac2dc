/** The appends of one document that are in the journal and not yet in the database. */
export interface PendingDocument {
  name: string;
  /** Sequence number of the last update; the first is `lastSeq - updates.length + 1`. */
  lastSeq: number;
  updates: Uint8Array[];
  /** Sum of the updates' lengths. */
  bytes: number;
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
    const pending = this.documents.get(name);
    if (pending) {
      pending.lastSeq = seq;
      pending.updates.push(data);
      pending.bytes += data.byteLength;
      pending.lastAt = at;
    } else {
      const first = { name, lastSeq: seq, updates: [data], bytes: data.byteLength };
      this.documents.set(name, { ...first, firstAt: at, lastAt: at });
    }
    this.bytes += data.byteLength;
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
