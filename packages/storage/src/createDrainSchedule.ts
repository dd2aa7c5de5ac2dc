/** When the journal's appends are moved into the database (see `createSqliteStore`). */
export interface DrainSchedule {
  /** There is something to drain: start within the interval, or on the next turn when `urgent`. */
  schedule(urgent: boolean): void;
  /** Drains everything now, synchronously, even while held (before an operation that must see it). */
  flush(): void;
  /** Holds drains back (appends keep going to the journal) until `release`. */
  hold(): void;
  /** Ends a `hold`; what waits is drained from the next turn on. */
  release(): void;
  /** Cancels what is scheduled. */
  stop(): void;
}

/** The two ways of draining: a step of a cycle (true while it has more), or everything now. */
export interface Drain {
  step(): boolean;
  all(): void;
}

/**
 * Starts a drain cycle at most `intervalMs` after something was scheduled (on the next turn for
 * an urgent one) and runs its steps one turn apart, so that messages are handled in between.
 * A step that throws is tried again at the next interval: its appends stay in the journal and
 * in memory meanwhile.
 */
export function createDrainSchedule(drain: Drain, intervalMs: number): DrainSchedule {
  let timer: NodeJS.Timeout | null = null;
  let immediate: NodeJS.Immediate | null = null;
  let waiting = false;
  let held = false;

  const cancel = (): void => {
    if (timer) clearTimeout(timer);
    if (immediate) clearImmediate(immediate);
    timer = null;
    immediate = null;
  };
  const run = (): void => {
    cancel();
    let more: boolean;
    try {
      more = drain.step();
    } catch {
      arm(false);
      return;
    }
    if (more) arm(true);
    else waiting = false;
  };
  const arm = (urgent: boolean): void => {
    waiting = true;
    if (held) return;
    if (urgent && !immediate) {
      if (timer) clearTimeout(timer);
      timer = null;
      immediate = setImmediate(run);
    } else if (!timer && !immediate) {
      timer = setTimeout(run, intervalMs);
      timer.unref();
    }
  };

  return {
    schedule: arm,
    flush: () => {
      cancel();
      try {
        drain.all();
        waiting = false;
      } catch (error) {
        arm(false);
        throw error;
      }
    },
    hold: () => {
      held = true;
      cancel();
    },
    release: () => {
      held = false;
      if (waiting) arm(true);
    },
    stop: cancel,
  };
}
