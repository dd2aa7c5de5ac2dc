import { StorageError } from './storageError.ts';

/**
 * Checks that `bytes` is a non-empty `Uint8Array` and returns a private copy, so a caller that
 * reuses its buffer after `append` or `compact` cannot change what is stored.
 * `what` names the argument in error messages.
 */
export function copyBytes(bytes: unknown, what: 'update' | 'snapshot'): Uint8Array {
  if (!(bytes instanceof Uint8Array)) {
    throw new StorageError('INVALID_UPDATE', `${what} must be a Uint8Array`);
  }
  if (bytes.byteLength === 0) {
    throw new StorageError('EMPTY_UPDATE', `${what} is empty; a Yjs update has at least 2 bytes`);
  }
  return new Uint8Array(bytes);
}
