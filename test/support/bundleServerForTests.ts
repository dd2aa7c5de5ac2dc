import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleServer } from '../../scripts/bundleServer.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** What the start command runs; the child-process tests run it too (`childServer.ts`). */
export const serverBundle = join(repoRoot, 'server', 'build', 'main.mjs');

/** Vitest global set-up: the bundle is rebuilt from the sources before any test runs. */
export default async function setup(): Promise<void> {
  await mkdir(dirname(serverBundle), { recursive: true });
  await bundleServer(join(repoRoot, 'server', 'src', 'main.ts'), serverBundle);
}
