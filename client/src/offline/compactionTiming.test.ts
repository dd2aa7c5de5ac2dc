import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compactionTiming } from './compactionTiming.ts';

const options = { quietMs: 1000, idleTimeoutMs: 200, maxWaitMs: 5000 };

describe('compactionTiming', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('runs a wanted compaction once the document has been quiet, not at once', () => {
    const run = vi.fn();
    const timing = compactionTiming(run, options);
    timing.want();
    timing.want();
    vi.advanceTimersByTime(900);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('is put off while updates keep coming, but not past maxWaitMs', () => {
    const run = vi.fn();
    const timing = compactionTiming(run, options);
    timing.want();
    for (let t = 0; t < 4500; t += 100) {
      vi.advanceTimersByTime(100);
      timing.changed();
    }
    expect(run).not.toHaveBeenCalled();
    for (let t = 0; t < 3000; t += 100) {
      vi.advanceTimersByTime(100);
      timing.changed();
    }
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('ignores updates while nothing is wanted, and can be cancelled', () => {
    const run = vi.fn();
    const timing = compactionTiming(run, options);
    timing.changed();
    vi.advanceTimersByTime(5000);
    timing.want();
    timing.cancel();
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
    timing.want();
    vi.advanceTimersByTime(1300);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
