/** A server answer kept on this device, with when it was fetched. */
export interface CachedAnswer<T> {
  readonly data: T;
  /** ISO instant it was fetched; `null` for a fresh answer. */
  readonly savedAt: string | null;
}

const prefix = 'lianban.cache.';

/** Keeps the last answer under `key` (per user: put the user id in the key). */
export function writeCached<T>(key: string, data: T): void {
  try {
    localStorage.setItem(prefix + key, JSON.stringify({ data, savedAt: new Date().toISOString() }));
  } catch {
    // Only the offline fallback is lost.
  }
}

/** The answer kept under `key`, or `null`. */
export function readCached<T>(key: string): CachedAnswer<T> | null {
  try {
    const value = JSON.parse(
      localStorage.getItem(prefix + key) ?? 'null',
    ) as CachedAnswer<T> | null;
    return value && typeof value.savedAt === 'string' && value.data ? value : null;
  } catch {
    return null;
  }
}
