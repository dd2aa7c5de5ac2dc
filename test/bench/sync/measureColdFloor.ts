import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './median.ts';

const child = fileURLToPath(new URL('./coldFloorChild.ts', import.meta.url));

/**
 * The cold floor: a fresh process (`coldFloorChild.ts`) applies `update` once, with nothing
 * compiled yet, as a browser tab opening the document would; median of `runs` processes.
 * Module loading is not timed, only the apply.
 */
export function measureColdFloor(
  update: Uint8Array,
  tempRoot: string,
  runs = 5,
): { runsMs: number[]; medianMs: number } {
  const file = join(tempRoot, 'cold-floor-state.bin');
  writeFileSync(file, update);
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const result = spawnSync(process.execPath, ['--import', 'tsx', child, file], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
      timeout: 60_000,
    });
    if (result.status !== 0) throw new Error(`cold floor child failed: ${result.stderr}`);
    runsMs.push((JSON.parse(result.stdout.trim()) as { applyMs: number }).applyMs);
  }
  return { runsMs, medianMs: median(runsMs) };
}
