import { readdirSync, readFileSync } from 'node:fs';
import { readProcUsage } from '../sync/readProcUsage.ts';
import { readSystemCpuMs } from '../sync/readSystemCpuMs.ts';

/** This process and every process below it (the server runs in-process, Chromium below it). */
function ownProcessTree(): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parents.set(pid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  const tree = [process.pid];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, parent] of parents) if (parent === tree[i]) tree.push(pid);
  }
  return tree;
}

/**
 * A meter of the CPU that processes outside this bench (its own tree: Node, the in-process
 * server, Chromium) used since the previous call, as % of one core: another job on the machine
 * shows up here and the figures measured meanwhile are not to be trusted. Our processes are
 * sampled every 250 ms, so that one that exits (a closed browser context's renderer) is counted
 * as ours up to its last sample. Linux only (/proc). Call `stop` when done.
 */
export function foreignCpuMeter(): (() => number) & { stop(): void } {
  const seen = new Map<number, number>();
  let own = 0;
  const sample = () => {
    for (const pid of ownProcessTree()) {
      const cpu = readProcUsage(pid)?.cpuMs;
      if (cpu === undefined) continue;
      own += cpu - (seen.get(pid) ?? 0);
      seen.set(pid, cpu);
    }
  };
  sample();
  own = 0;
  const timer = setInterval(sample, 250);
  timer.unref();
  let system = readSystemCpuMs();
  let at = Date.now();
  const read = () => {
    sample();
    const now = Date.now();
    const nextSystem = readSystemCpuMs();
    const percent = ((nextSystem - system - own) / Math.max(1, now - at)) * 100;
    system = nextSystem;
    own = 0;
    at = now;
    return Math.max(0, percent);
  };
  return Object.assign(read, { stop: () => clearInterval(timer) });
}

/**
 * Waits until other processes have used under `thresholdPercent` of a core for three seconds in
 * a row, or `maxWaitMs` has passed; returns how long it waited and the last reading.
 */
export async function waitForQuiet(
  meter: () => number,
  maxWaitMs: number,
  thresholdPercent = 15,
): Promise<{ waitedMs: number; lastPercent: number }> {
  const started = Date.now();
  meter();
  let quietSeconds = 0;
  let lastPercent = 0;
  while (quietSeconds < 3 && Date.now() - started < maxWaitMs) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    lastPercent = meter();
    quietSeconds = lastPercent < thresholdPercent ? quietSeconds + 1 : 0;
  }
  return { waitedMs: Date.now() - started, lastPercent };
}
