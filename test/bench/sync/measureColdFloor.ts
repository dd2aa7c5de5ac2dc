import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './median.ts';

const child = fileURLToPath(new URL('./coldFloorChild.ts', import.meta.url));

/**
 * The floor of a cold reader: a fresh process (`coldFloorChild.ts`) applies the state in
 * `stateFile` once, with nothing compiled yet, as a page opening the document would; median of
 * `runs` processes. Module loading is not timed, only the apply.
 */
export function measureColdFloor(
  stateFile: string,
  runs = 5,
): { runsMs: number[]; medianMs: number } {
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const result = spawnSync(process.execPath, ['--import', 'tsx', child, stateFile], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
      timeout: 60_000,
    });
    if (result.status !== 0) throw new Error(`cold floor child failed: ${result.stderr}`);
    runsMs.push((JSON.parse(result.stdout.trim()) as { applyMs: number }).applyMs);
  }
  return { runsMs, medianMs: median(runsMs) };
}
