import { bundleMain, mainBundle } from '../../scripts/bundleServer.mjs';

/** What the start command runs; the child-process tests run it too (`childServer.ts`). */
export const serverBundle = mainBundle;

/** Vitest global set-up: the bundle is rebuilt from the sources before any test runs. */
export default function setup(): Promise<void> {
  return bundleMain();
}
