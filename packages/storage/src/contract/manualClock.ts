/** A clock the test moves by hand; pass `clock.now` as a store's `now` option. */
export interface ManualClock {
  /** The current time, as a new `Date` each call. */
  now: () => Date;
  /** Moves the clock forward by `milliseconds`. */
  advance(milliseconds: number): void;
  /** Sets the clock to `epochMilliseconds`. */
  set(epochMilliseconds: number): void;
}

/** Start time of {@link createManualClock}: 2026-01-01T00:00:00.000Z. */
export const manualClockStart = Date.UTC(2026, 0, 1);

/** Creates a {@link ManualClock} that reads `start` (default {@link manualClockStart}) until moved. */
export function createManualClock(start = manualClockStart): ManualClock {
  let current = start;
  return {
    now: () => new Date(current),
    advance: (milliseconds) => {
      current += milliseconds;
    },
    set: (epochMilliseconds) => {
      current = epochMilliseconds;
    },
  };
}
