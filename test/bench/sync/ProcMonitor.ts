import { performance } from 'node:perf_hooks';
import { type ProcUsage, readProcUsage } from './readProcUsage.ts';

/** CPU and memory of one process over a measurement window. */
export interface ProcWindow {
  seconds: number;
  cpuMs: number;
  /** CPU time as a percentage of one core. */
  cpuPercent: number;
  rssPeakBytes: number;
  rssEndBytes: number;
}

/** Samples a process's /proc entries between start() and stop(), tracking peak RSS. */
export class ProcMonitor {
  private first: ProcUsage | null = null;
  private startedAt = 0;
  private peak = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly pid: number,
    private readonly intervalMs = 200,
  ) {}

  start(): void {
    this.first = readProcUsage(this.pid);
    this.startedAt = performance.now();
    this.peak = this.first?.rssBytes ?? 0;
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
  }

  private sample(): ProcUsage | null {
    const usage = readProcUsage(this.pid);
    if (usage && usage.rssBytes > this.peak) this.peak = usage.rssBytes;
    return usage;
  }

  /** Ends the window; null if the process vanished (it died). */
  stop(): ProcWindow | null {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const last = this.sample();
    const seconds = (performance.now() - this.startedAt) / 1000;
    if (!this.first || !last) return null;
    const cpuMs = last.cpuMs - this.first.cpuMs;
    return {
      seconds,
      cpuMs,
      cpuPercent: (cpuMs / 1000 / seconds) * 100,
      rssPeakBytes: this.peak,
      rssEndBytes: last.rssBytes,
    };
  }
}
