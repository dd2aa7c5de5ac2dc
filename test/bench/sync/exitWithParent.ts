/**
 * Makes a child exit when the benchmark process that started it is gone (it was killed before
 * it could stop its children), so no server is left behind.
 */
export function exitWithParent(): void {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.exit(3);
  }, 1000).unref();
}
