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
 * shows up here and the figures measured meanwhile are not to be trusted. Linux only (/proc).
 */
export function foreignCpuMeter(): () => number {
  const seen = new Map<number, number>();
  const ownDelta = () => {
    let delta = 0;
    for (const pid of ownProcessTree()) {
      const cpu = readProcUsage(pid)?.cpuMs;
      if (cpu === undefined) continue;
      delta += cpu - (seen.get(pid) ?? 0);
      seen.set(pid, cpu);
    }
    return delta;
  };
  ownDelta();
  let system = readSystemCpuMs();
  let at = Date.now();
  return () => {
    const own = ownDelta();
    const now = Date.now();
    const nextSystem = readSystemCpuMs();
    const percent = ((nextSystem - system - own) / Math.max(1, now - at)) * 100;
    system = nextSystem;
    at = now;
    return Math.max(0, percent);
  };
}
