import { readFileSync } from 'node:fs';

const ticksPerSecond = 100;

/**
 * Busy CPU time of the whole machine (all cores, from /proc/stat), in ms. USER_HZ in /proc/stat
 * is 100 on Linux whatever the kernel's HZ.
 */
export function readSystemCpuMs(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
  const [, ...fields] = line.trim().split(/\s+/);
  const values = fields.map(Number);
  // user nice system idle iowait irq softirq steal (guest time is already inside user).
  const busy = values.slice(0, 8).reduce((sum, v, i) => (i === 3 || i === 4 ? sum : sum + v), 0);
  return (busy * 1000) / ticksPerSecond;
}
