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

interface Settle<Result> {
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

// A promise's resolving functions, taken by one shared executor: `enqueue` runs at thousands of
// calls per second and should not create a closure each time.
let captured: Settle<never> | null = null;
function capture(resolve: (result: never) => void, reject: (error: unknown) => void): void {
  captured = { resolve, reject };
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
  let items: Item[] = [];
  let settles: Settle<Result>[] = [];
  let timeout: NodeJS.Timeout | null = null;
  let immediate: NodeJS.Immediate | null = null;
  let held = false;

  const cancel = (): void => {
    if (timeout) clearTimeout(timeout);
    if (immediate) clearImmediate(immediate);
    timeout = null;
    immediate = null;
  };

  const flush = (): void => {
    cancel();
    if (items.length === 0) return;
    const batch = items;
    const batchSettles = settles;
    items = [];
    settles = [];
    let results: Result[];
    try {
      results = write(batch);
    } catch (error) {
      for (const settle of batchSettles) settle.reject(error);
      return;
    }
    for (let index = 0; index < batchSettles.length; index++) {
      batchSettles[index]!.resolve(results[index] as Result);
    }
  };

  const schedule = (ms: number): void => {
    if (timeout || immediate || held) return;
    // setImmediate, not a microtask: writers resumed by the previous batch join this one.
    if (ms > 0) timeout = setTimeout(flush, ms);
    else immediate = setImmediate(flush);
  };

  return {
    enqueue: (item) => {
      const promise = new Promise<Result>(capture);
      items.push(item);
      settles.push(captured as Settle<Result>);
      captured = null;
      // A delay trades that much latency for fewer, larger commits under heavy load.
      schedule(delayMs);
      return promise;
    },
    flush,
    hold: () => {
      held = true;
      cancel();
    },
    release: () => {
      held = false;
      if (items.length > 0) schedule(0);
    },
    get size() {
      return items.length;
    },
  };
}
