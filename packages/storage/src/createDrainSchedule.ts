/** When the journal's appends are moved into the database (see `createSqliteStore`). */
export interface DrainSchedule {
  /** There is something to drain: drain within the interval, or on the next turn when `urgent`. */
  schedule(urgent: boolean): void;
  /** Drains now, synchronously, even while held (before an operation that must see it). */
  flush(): void;
  /** Holds drains back (appends keep going to the journal) until `release`. */
  hold(): void;
  /** Ends a `hold`; what waits is drained on the next turn. */
  release(): void;
  /** Cancels what is scheduled. */
  stop(): void;
}

/**
 * Runs `drain` at most `intervalMs` after something was scheduled, or on the next turn for an
 * urgent one. A drain that throws is tried again at the next interval: its appends stay in the
 * journal and in memory meanwhile.
 */
export function createDrainSchedule(drain: () => void, intervalMs: number): DrainSchedule {
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
    try {
      drain();
      waiting = false;
    } catch {
      arm(false);
    }
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
        drain();
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
