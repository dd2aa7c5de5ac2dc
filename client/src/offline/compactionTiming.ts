import { whenIdle } from '../timing/whenIdle.ts';

/** When a wanted compaction runs (all in ms). */
export interface CompactionTimingOptions {
  /** The document must have had no update for this long. */
  readonly quietMs: number;
  /** Then it waits for the browser to be idle, at most this long. */
  readonly idleTimeoutMs: number;
  /** Updates stop putting it off once it has been wanted for this long. */
  readonly maxWaitMs: number;
}

/** Schedules compactions; see {@link compactionTiming}. */
export interface CompactionTiming {
  /** A compaction is wanted (again): it runs once, when the document is quiet. */
  want(): void;
  /** The document changed: a wanted compaction waits for the next quiet moment. */
  changed(): void;
  cancel(): void;
}

/**
 * Runs a wanted compaction in a quiet moment, not in the task of the write that made it due:
 * compacting encodes the whole document (50–130 ms in a 200-page file), which would hold up
 * whatever keystroke comes next. It waits for a pause in the document's updates (typing), then
 * for the browser to be idle; updates stop putting it off after `maxWaitMs`.
 */
export function compactionTiming(
  run: () => void,
  { quietMs, idleTimeoutMs, maxWaitMs }: CompactionTimingOptions,
  now: () => number = Date.now,
): CompactionTiming {
  let wantedAt: number | null = null;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let cancelIdle: (() => void) | undefined;

  const cancel = () => {
    clearTimeout(quietTimer);
    quietTimer = undefined;
    cancelIdle?.();
    cancelIdle = undefined;
  };
  const start = () => {
    cancelIdle = undefined;
    wantedAt = null;
    run();
  };
  const arm = () => {
    cancel();
    quietTimer = setTimeout(() => {
      quietTimer = undefined;
      cancelIdle = whenIdle(start, idleTimeoutMs);
    }, quietMs);
  };

  return {
    want() {
      if (wantedAt !== null) return;
      wantedAt = now();
      arm();
    },
    changed() {
      if (wantedAt !== null && now() - wantedAt < maxWaitMs) arm();
    },
    cancel() {
      cancel();
      wantedAt = null;
    },
  };
}
