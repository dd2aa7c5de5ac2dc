/**
 * Bundles the server into one JavaScript file that plain `node` runs, without the TypeScript
 * loader: `node scripts/bundleServer.mjs` writes `server/build/main.mjs` (what the start command
 * runs). The process then starts faster and holds ~40 MB less (the loader's thread and the
 * compiled TypeScript of every module; measured under the sync bench's load).
 *
 * The native packages stay outside the bundle, imported by the file URL of what the server's
 * node_modules hold now: rebuild after an install (the start command and the tests always do).
 * Worker files loaded by URL relative to their module are copied beside the bundle and import
 * better-sqlite3 by name, and `import.meta.url` is the bundle's own: so the output is kept one
 * folder below `server/`, as the sources are (`env.ts` finds `client/dist` from there, the
 * worker its package from `server/node_modules`).
 */
import { copyFile, rename } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const serverRequire = createRequire(join(repoRoot, 'server', 'package.json'));
const nativePackages = ['better-sqlite3', '@node-rs/argon2'];
const workerFiles = [join(repoRoot, 'packages', 'storage', 'src', 'walCheckpointWorker.mjs')];

const nativeByAbsolutePath = {
  name: 'native-by-absolute-path',
  setup(pluginBuild) {
    const filter = new RegExp(`^(${nativePackages.join('|').replaceAll('/', '\\/')})$`);
    pluginBuild.onResolve({ filter }, (args) => ({
      path: pathToFileURL(serverRequire.resolve(args.path)).href,
      external: true,
    }));
  },
};

/**
 * Bundles `entry` (a TypeScript module) into the ES module `outfile`, workers beside it (esbuild
 * creates the folder).
 */
export async function bundleServer(entry, outfile) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [nativeByAbsolutePath],
    // Bundled CommonJS (ws, for one) calls require: give the module one.
    banner: {
      js: "import { createRequire as __lianbanCreateRequire } from 'node:module'; const require = __lianbanCreateRequire(import.meta.url);",
    },
  });
  // Copied, then renamed into place: a server starting meanwhile never reads half a file.
  for (const file of workerFiles) {
    const target = join(dirname(outfile), basename(file));
    const partial = `${target}.${process.pid}.partial`;
    await copyFile(file, partial);
    await rename(partial, target);
  }
}

/** What the start command runs: the bundle of `server/src/main.ts`. */
export const mainBundle = join(repoRoot, 'server', 'build', 'main.mjs');

/** Bundles the server's entry into {@link mainBundle}. */
export function bundleMain() {
  return bundleServer(join(repoRoot, 'server', 'src', 'main.ts'), mainBundle);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await bundleMain();
  process.stdout.write(`bundled ${mainBundle}\n`);
}
