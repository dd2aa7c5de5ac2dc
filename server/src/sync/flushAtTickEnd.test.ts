import { describe, expect, it } from 'vitest';
import { flushAtTickEnd, type TickEndFlushable } from './flushAtTickEnd.ts';

// A target that records what it held at each flush, the way a connection holds frames.
function recorder(): TickEndFlushable & { hold(item: string): void; flushes: string[][] } {
  let held: string[] = [];
  const target = {
    flushes: [] as string[][],
    hold(item: string) {
      if (held.length === 0) flushAtTickEnd(target);
      held.push(item);
    },
    flushAtTickEnd() {
      target.flushes.push(held);
      held = [];
    },
  };
  return target;
}

describe('flushAtTickEnd', () => {
  it('flushes once what is held over a tick, microtasks included', async () => {
    const target = recorder();
    target.hold('a');
    await Promise.resolve();
    target.hold('b');
    target.hold('c');
    await new Promise((resolve) => setImmediate(resolve));
    expect(target.flushes).toEqual([['a', 'b', 'c']]);
  });

  it('flushes every target of the tick, and starts over in the next tick', async () => {
    const one = recorder();
    const two = recorder();
    one.hold('a');
    two.hold('x');
    await new Promise((resolve) => setImmediate(resolve));
    one.hold('b');
    await new Promise((resolve) => setImmediate(resolve));
    expect(one.flushes).toEqual([['a'], ['b']]);
    expect(two.flushes).toEqual([['x']]);
  });
});
