/** A queue that writes everything enqueued in the same turn of the event loop as one batch. */
export interface GroupCommit<Item, Result> {
  /** Queues `item`; resolves with its result once its batch is written, rejects if the batch fails. */
  enqueue(item: Item): Promise<Result>;
  /** Writes the queued batch now, synchronously (before an operation that must see it). */
  flush(): void;
  /** Holds batches back (items keep queueing) until `release`; `flush` still writes. */
  hold(): void;
  /** Ends a `hold`: what queued meanwhile is written as one batch on the next turn. */
  release(): void;
  /** Number of queued items not yet written. */
  readonly size: number;
}

interface Pending<Item, Result> {
  item: Item;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: items enqueued before the next `setImmediate` (the current task and every
 * microtask it queues), or within `delayMs` of the first when a delay is given, are handed to
 * `write` together, in enqueue order. `write` returns one result
 * per item, in the same order, or throws, which rejects the whole batch.
 */
export function createGroupCommit<Item, Result>(
  write: (batch: Item[]) => Result[],
  options: { delayMs?: number } = {},
): GroupCommit<Item, Result> {
  const delayMs = options.delayMs ?? 0;
  let queue: Pending<Item, Result>[] = [];
  let cancelScheduled: (() => void) | null = null;
  let held = false;

  const cancel = (): void => {
    cancelScheduled?.();
    cancelScheduled = null;
  };

  const flush = (): void => {
    cancel();
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    let results: Result[];
    try {
      results = write(batch.map((pending) => pending.item));
    } catch (error) {
      for (const pending of batch) pending.reject(error);
      return;
    }
    for (const [index, pending] of batch.entries()) pending.resolve(results[index] as Result);
  };

  const schedule = (ms: number): void => {
    if (cancelScheduled || held) return;
    if (ms > 0) {
      const timeout = setTimeout(flush, ms);
      cancelScheduled = () => clearTimeout(timeout);
    } else {
      // setImmediate, not a microtask: writers resumed by the previous batch join this one.
      const immediate = setImmediate(flush);
      cancelScheduled = () => clearImmediate(immediate);
    }
  };

  return {
    enqueue: (item) =>
      new Promise<Result>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        // A delay trades that much latency for fewer, larger commits under heavy load.
        schedule(delayMs);
      }),
    flush,
    hold: () => {
      held = true;
      cancel();
    },
    release: () => {
      held = false;
      if (queue.length > 0) schedule(0);
    },
    get size() {
      return queue.length;
    },
  };
}
