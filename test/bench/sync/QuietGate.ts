import { foreignCpuMeter } from './foreignCpuMeter.ts';
import { sleep } from './sleep.ts';

/**
 * Before a measurement, waits until processes other than ours use under `thresholdPercent` of a
 * core over one second, so it does not start while another job hogs this shared machine. Each
 * wait is capped, and so is the total, so a machine that never goes quiet costs bounded time.
 */
export class QuietGate {
  private spentMs = 0;

  constructor(
    private readonly perWaitMs: number,
    private readonly totalMs: number,
    private readonly thresholdPercent = 15,
  ) {}

  /** Waits for quiet (ours: the pids whose CPU is not foreign); reports the wait and last load. */
  async wait(ours: readonly number[]): Promise<{ waitedMs: number; foreignPercent: number }> {
    const limit = Math.min(this.perWaitMs, this.totalMs - this.spentMs);
    const started = Date.now();
    const meter = foreignCpuMeter(ours);
    let foreignPercent = 0;
    do {
      await sleep(1000);
      foreignPercent = meter();
    } while (foreignPercent >= this.thresholdPercent && Date.now() - started < limit);
    const waitedMs = Date.now() - started;
    this.spentMs += Math.max(0, waitedMs - 1000);
    return { waitedMs, foreignPercent };
  }
}
