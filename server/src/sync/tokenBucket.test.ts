import { describe, expect, it } from 'vitest';
import { createTokenBucket } from './tokenBucket.ts';

/** A clock the test moves by hand, in milliseconds. */
function manualClock(start = 1_000) {
  let time = start;
  return {
    now: () => time,
    advance(ms: number) {
      time += ms;
    },
  };
}

/** How many single tokens `take` hands out before it refuses. */
function drain(bucket: { take(amount?: number): boolean }, atMost = 1_000): number {
  let taken = 0;
  while (taken < atMost && bucket.take()) taken++;
  return taken;
}

describe('createTokenBucket', () => {
  it('starts full: hands out `burst` tokens at once, then refuses', () => {
    const clock = manualClock();
    const bucket = createTokenBucket(10, 5, clock.now);
    expect(drain(bucket)).toBe(5);
    expect(bucket.take()).toBe(false);
  });

  it('takes several tokens at once, and refuses (taking none) when too few are left', () => {
    const clock = manualClock();
    const bucket = createTokenBucket(10, 5, clock.now);
    expect(bucket.take(3)).toBe(true);
    expect(bucket.take(3)).toBe(false);
    // The refusal took nothing: the two left are still there.
    expect(bucket.take(2)).toBe(true);
    expect(bucket.take()).toBe(false);
  });

  it('refills at `ratePerSecond` as time passes', () => {
    const clock = manualClock();
    const bucket = createTokenBucket(10, 5, clock.now);
    drain(bucket);
    // 10 per second: one token every 100 ms.
    clock.advance(99);
    expect(bucket.take()).toBe(false);
    clock.advance(1);
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    clock.advance(300);
    expect(drain(bucket)).toBe(3);
  });

  it('never holds more than `burst`, however long it was idle', () => {
    const clock = manualClock();
    const bucket = createTokenBucket(10, 5, clock.now);
    drain(bucket);
    clock.advance(60_000);
    expect(drain(bucket)).toBe(5);
  });

  it('sustains the rate, not more, over a long run of steady takes', () => {
    const clock = manualClock();
    const bucket = createTokenBucket(20, 20, clock.now);
    drain(bucket);
    // Ten seconds of trying every 10 ms (100 tries a second at a rate of 20).
    let granted = 0;
    for (let step = 0; step < 1_000; step++) {
      clock.advance(10);
      if (bucket.take()) granted++;
    }
    expect(granted).toBe(200);
  });

  it('waitMs is 0 while enough tokens are there, else the time until they are', () => {
    const clock = manualClock();
    const bucket = createTokenBucket(10, 5, clock.now);
    expect(bucket.waitMs()).toBe(0);
    expect(bucket.waitMs(5)).toBe(0);
    // Asking does not take.
    expect(drain(bucket)).toBe(5);
    expect(bucket.waitMs()).toBeCloseTo(100);
    expect(bucket.waitMs(3)).toBeCloseTo(300);
    clock.advance(40);
    expect(bucket.waitMs()).toBeCloseTo(60);
    // After waiting what it said, the token is there.
    clock.advance(bucket.waitMs());
    expect(bucket.waitMs()).toBe(0);
    expect(bucket.take()).toBe(true);
  });

  it('reads the real clock when none is given', async () => {
    const bucket = createTokenBucket(1_000, 1);
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    // 1,000 per second: a token within a millisecond; 20 ms is ample.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(bucket.take()).toBe(true);
  });
});
