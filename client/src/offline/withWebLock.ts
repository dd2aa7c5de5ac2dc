/**
 * Runs `task` holding the Web Lock `name` if no other tab holds it; resolves false without
 * running it otherwise. Where Web Locks are missing (tests, old browsers) it just runs.
 */
export async function withWebLock(name: string, task: () => Promise<void>): Promise<boolean> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) {
    await task();
    return true;
  }
  return locks.request(name, { ifAvailable: true }, async (lock) => {
    if (lock === null) return false;
    await task();
    return true;
  });
}
