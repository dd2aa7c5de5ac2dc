import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleServer } from '../../../scripts/bundleServer.mjs';
import type { ServerKind } from './serverKinds.ts';

const scripts: Readonly<Record<ServerKind, string>> = {
  lianban: 'lianbanChild.ts',
  hocuspocus: 'hocuspocusChild.ts',
  ywebsocket: 'ywebsocketChild.ts',
  relay: 'relayChild.ts',
};

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
// Ours beside the start command's bundle, at the depth its sources expect (bundleServer.mjs);
// the others under test/, whose node_modules hold the peers.
const outputs: Readonly<Record<ServerKind, string>> = {
  lianban: join(repoRoot, 'server', 'build', 'lianbanBenchChild.mjs'),
  hocuspocus: join(repoRoot, 'test', 'artifacts', 'bench-children', 'hocuspocusChild.mjs'),
  ywebsocket: join(repoRoot, 'test', 'artifacts', 'bench-children', 'ywebsocketChild.mjs'),
  relay: join(repoRoot, 'test', 'artifacts', 'bench-children', 'relayChild.mjs'),
};
const bundled = new Map<ServerKind, Promise<void>>();

async function bundle(kind: ServerKind): Promise<void> {
  const script = fileURLToPath(new URL(`./${scripts[kind]}`, import.meta.url));
  const outfile = outputs[kind];
  // Ours as production runs it, everything in; a peer's own packages stay as they ship.
  if (kind === 'lianban') await bundleServer(script, outfile);
  else {
    await build({
      entryPoints: [script],
      outfile,
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    });
  }
}

/**
 * The node arguments that run a kind's child script: each is bundled once per bench run and run
 * by plain node, as the start command runs our server, so that no child carries the TypeScript
 * loader (its thread and the compiled modules: ~40 MB of RSS).
 */
export async function childCommand(kind: ServerKind): Promise<string[]> {
  let done = bundled.get(kind);
  if (!done) {
    done = bundle(kind);
    bundled.set(kind, done);
  }
  await done;
  return [outputs[kind]];
}
