/** A token bucket: `take(n)` succeeds while the average rate stays within `ratePerSecond`. */
export interface TokenBucket {
  take(amount?: number): boolean;
  /** Milliseconds until `amount` tokens are available. */
  waitMs(amount?: number): number;
}

/** Creates a bucket holding at most `burst` tokens, refilled at `ratePerSecond`. */
export function createTokenBucket(
  ratePerSecond: number,
  burst: number,
  now: () => number = performance.now.bind(performance),
): TokenBucket {
  let tokens = burst;
  let last = now();
  function refill(): void {
    const current = now();
    tokens = Math.min(burst, tokens + ((current - last) / 1000) * ratePerSecond);
    last = current;
  }
  return {
    take(amount = 1) {
      refill();
      if (tokens < amount) return false;
      tokens -= amount;
      return true;
    },
    waitMs(amount = 1) {
      refill();
      return tokens >= amount ? 0 : ((amount - tokens) / ratePerSecond) * 1000;
    },
  };
}
