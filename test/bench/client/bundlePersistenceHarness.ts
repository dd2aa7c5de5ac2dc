import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const clientDir = fileURLToPath(new URL('../../../client/', import.meta.url));
const entry = fileURLToPath(new URL('./persistenceHarness.js', import.meta.url));

interface ViteBuild {
  build(config: Record<string, unknown>): Promise<unknown>;
}

/**
 * Bundles `persistenceHarness.js` for the browser with the client's own Vite, the way the app is
 * built (same `events` shim for PouchDB, ES2022), and returns the script text.
 */
export async function bundlePersistenceHarness(): Promise<string> {
  const vitePath = createRequire(join(clientDir, 'package.json')).resolve('vite');
  const vite = (await import(pathToFileURL(vitePath).href)) as ViteBuild;
  const outDir = mkdtempSync(join(tmpdir(), 'lianban-bench-harness-'));
  try {
    await vite.build({
      configFile: false,
      logLevel: 'warn',
      root: clientDir,
      resolve: {
        alias: { events: join(clientDir, 'src/offline/eventEmitter.ts') },
        dedupe: ['yjs', 'lib0'],
      },
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        lib: {
          entry,
          formats: ['iife'],
          name: 'lianbanPersistenceBench',
          fileName: () => 'harness.js',
        },
      },
    });
    return readFileSync(join(outDir, 'harness.js'), 'utf8');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
