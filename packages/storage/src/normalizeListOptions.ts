import type { ListOptions } from './documentStore.ts';
import { StorageError } from './storageError.ts';

/** `list` options with every default filled in. */
export interface NormalizedListOptions {
  /** Names must start with this; `''` matches all. */
  prefix: string;
  /** Names must sort strictly after this; `''` matches all. */
  after: string;
  /** Most names to return; `Number.POSITIVE_INFINITY` when unlimited. */
  limit: number;
}

/**
 * Validates `list` options and fills in the defaults (no prefix, from the start, no limit).
 * Throws `StorageError('INVALID_OPTION')` on a non-string prefix/after or a limit that is not a
 * non-negative integer.
 */
export function normalizeListOptions(options: ListOptions = {}): NormalizedListOptions {
  const { prefix = '', after = '', limit = Number.POSITIVE_INFINITY } = options;
  if (typeof prefix !== 'string' || typeof after !== 'string') {
    throw new StorageError('INVALID_OPTION', 'list prefix and after must be strings');
  }
  const limitIsValid =
    limit === Number.POSITIVE_INFINITY || (Number.isSafeInteger(limit) && limit >= 0);
  if (!limitIsValid) {
    throw new StorageError(
      'INVALID_OPTION',
      `list limit must be a non-negative integer, got ${limit}`,
    );
  }
  return { prefix, after, limit };
}
