import { StorageError } from './storageError.ts';

/** Longest document name, in UTF-16 code units, that every adapter accepts. */
export const maxNameLength = 1024;

// A lone surrogate cannot be encoded as UTF-8, so SQLite and PostgreSQL would alter the name.
const loneSurrogate = /\p{Surrogate}/u;

/**
 * Throws `StorageError('INVALID_NAME')` unless `name` is a non-empty, well-formed string of at
 * most {@link maxNameLength} code units.
 */
export function checkName(name: unknown): asserts name is string {
  if (typeof name !== 'string' || name.length === 0 || name.length > maxNameLength) {
    throw new StorageError(
      'INVALID_NAME',
      `document name must be a string of 1..${maxNameLength} characters`,
    );
  }
  if (loneSurrogate.test(name)) {
    throw new StorageError('INVALID_NAME', 'document name contains a lone surrogate');
  }
}
