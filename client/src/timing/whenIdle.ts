/**
 * Runs `task` once the browser is idle (after the current frame is painted), or after
 * `timeoutMs` at the latest; returns a function that cancels it. Where `requestIdleCallback`
 * is missing (Safari), a timer stands in.
 */
export function whenIdle(task: () => void, timeoutMs = 500): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, Math.min(timeoutMs, 100));
  return () => clearTimeout(timer);
}
