import { bundleMain } from '../../scripts/bundleServer.mjs';

/**
 * Vitest global set-up: the start command's bundle is rebuilt from the sources before any test
 * runs; the child-process tests run it (`childServer.ts`).
 */
export default function setup(): Promise<void> {
  return bundleMain();
}
