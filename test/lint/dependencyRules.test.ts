import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const probes: string[] = [];

/** Runs the dependency check of `pnpm lint` and returns its exit code and output. */
async function dependencyCheck(): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(
      join(root, 'node_modules/.bin/depcruise'),
      ['packages', 'server', 'test', '--config', '.dependency-cruiser.cjs'],
      { cwd: root },
    );
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, output: failed.stdout };
  }
}

function probe(path: string, source: string): void {
  const file = join(root, path);
  probes.push(file);
  writeFileSync(file, source);
}

describe('pnpm lint dependency rules', () => {
  afterEach(() => {
    for (const file of probes.splice(0)) rmSync(file, { force: true });
  });

  it('passes on the tree as it is', async () => {
    expect((await dependencyCheck()).code).toBe(0);
  }, 60_000);

  it('fails on an upward import, a case-model import of a workspace package or built-in, and a cycle', async () => {
    probe('packages/storage/src/lintProbeUpward.ts', "import '../../../server/src/index.ts';\n");
    probe('packages/case-model/src/lintProbeSync.ts', "import '../../sync/src/index.ts';\n");
    probe('packages/case-model/src/lintProbeFs.ts', "import 'node:fs';\n");
    probe('packages/sync/src/lintProbeA.ts', "import './lintProbeB.ts';\nexport const a = 1;\n");
    probe('packages/sync/src/lintProbeB.ts', "import './lintProbeA.ts';\nexport const b = 1;\n");
    const result = await dependencyCheck();
    expect(result.code).not.toBe(0);
    for (const rule of [
      'packages-never-import-apps',
      'case-model-imports-no-workspace-package',
      'case-model-no-node-builtins',
      'no-circular',
    ]) {
      expect(result.output).toContain(rule);
    }
  }, 60_000);
});
