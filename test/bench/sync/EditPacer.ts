import { performance } from 'node:perf_hooks';

/**
 * Drives `count` clients at a fixed rate each, every client starting at a random offset within
 * one period. Each client keeps its own schedule (no drift); one that falls more than two periods
 * behind drops the missed edits (counted as skipped) instead of bursting.
 */
export class EditPacer {
  sent = 0;
  skipped = 0;
  /** Sum and maximum of how late edits fired against their schedule, in ms. */
  latenessSumMs = 0;
  latenessMaxMs = 0;
  private readonly timers = new Map<number, NodeJS.Timeout>();
  private stopped = false;

  start(count: number, ratePerSec: number, edit: (client: number) => void): void {
    const period = 1000 / ratePerSec;
    const origin = performance.now();
    for (let client = 0; client < count; client++) {
      let due = origin + Math.random() * period;
      const tick = () => {
        if (this.stopped) return;
        const now = performance.now();
        const late = now - due;
        if (late > 2 * period) {
          const missed = Math.floor(late / period);
          this.skipped += missed;
          due += missed * period;
        }
        this.latenessSumMs += Math.max(0, now - due);
        this.latenessMaxMs = Math.max(this.latenessMaxMs, now - due);
        edit(client);
        this.sent++;
        due += period;
        this.timers.set(client, setTimeout(tick, Math.max(0, due - performance.now())));
      };
      this.timers.set(client, setTimeout(tick, Math.max(0, due - origin)));
    }
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
