import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** CPU time and resident memory of one process, read from /proc. */
export interface ProcUsage {
  /** User + system CPU time since the process started, in ms (clock-tick resolution). */
  cpuMs: number;
  rssBytes: number;
}

function clockTicksPerSecond(): number {
  try {
    const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isFinite(ticks) && ticks > 0 ? ticks : 100;
  } catch {
    return 100;
  }
}

const ticksPerSecond = clockTicksPerSecond();

/** Reads /proc/<pid>/stat and /proc/<pid>/status; null when the process is gone. */
export function readProcUsage(pid: number): ProcUsage | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "(comm) ": state is field 3, utime 14 and stime 15 (man 5 proc).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const rssKb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    if (!Number.isFinite(ticks) || rssKb === undefined) return null;
    return { cpuMs: (ticks * 1000) / ticksPerSecond, rssBytes: Number(rssKb) * 1024 };
  } catch {
    return null;
  }
}
