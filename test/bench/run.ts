/**
 * `pnpm bench`: every benchmark, one after another, each in its own process so none disturbs
 * another's measurements. Extra arguments (e.g. --quick) go to the sync benchmark.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const benches: { name: string; script: string; args: string[]; nodeArgs?: string[] }[] = [
  { name: 'case-model', script: 'caseModelBench.ts', args: [] },
  { name: 'full history', script: 'historyCostBench.ts', args: [], nodeArgs: ['--expose-gc'] },
  { name: 'case index', script: 'caseIndexBench.ts', args: [] },
  { name: 'sync server vs peers', script: 'sync/run.ts', args: process.argv.slice(2) },
  { name: 'client', script: 'clientBench.ts', args: [] },
];

let failed = 0;
for (const bench of benches) {
  const script = fileURLToPath(new URL(bench.script, import.meta.url));
  if (!existsSync(script)) continue;
  process.stdout.write(`\n## ${bench.name}\n`);
  const result = spawnSync(
    process.execPath,
    [...(bench.nodeArgs ?? []), '--import', 'tsx', script, ...bench.args],
    {
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) {
    failed++;
    process.stdout.write(`\n${bench.name}: exited with ${result.status ?? result.signal}\n`);
  }
}
process.exit(failed === 0 ? 0 : 1);
