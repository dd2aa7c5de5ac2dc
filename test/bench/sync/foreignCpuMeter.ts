import { readProcUsage } from './readProcUsage.ts';
import { readSystemCpuMs } from './readSystemCpuMs.ts';

/**
 * A meter of CPU used by processes other than `ours` (pids): each call returns their CPU since
 * the previous call (or creation) as % of one core. Another job on this machine shows up here.
 */
export function foreignCpuMeter(ours: readonly number[]): () => number {
  const ownMs = () => ours.reduce((sum, pid) => sum + (readProcUsage(pid)?.cpuMs ?? 0), 0);
  let systemStart = readSystemCpuMs();
  let ownStart = ownMs();
  let at = Date.now();
  return () => {
    const system = readSystemCpuMs();
    const own = ownMs();
    const now = Date.now();
    const percent = ((system - systemStart - (own - ownStart)) / Math.max(1, now - at)) * 100;
    systemStart = system;
    ownStart = own;
    at = now;
    return Math.max(0, percent);
  };
}
