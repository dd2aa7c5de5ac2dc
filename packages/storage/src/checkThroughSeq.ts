import { StorageError } from './storageError.ts';

/**
 * Validates the `throughSeq` of a compaction against the document's current `lastSeq`:
 * it must be a non-negative safe integer no greater than `lastSeq`, else
 * `StorageError('INVALID_SEQ')`. Pass `lastSeq` as `Infinity` to check only the form.
 */
export function checkThroughSeq(
  throughSeq: unknown,
  lastSeq: number,
): asserts throughSeq is number {
  if (typeof throughSeq !== 'number' || !Number.isSafeInteger(throughSeq) || throughSeq < 0) {
    throw new StorageError(
      'INVALID_SEQ',
      `throughSeq must be a non-negative integer, got ${String(throughSeq)}`,
    );
  }
  if (throughSeq > lastSeq) {
    throw new StorageError('INVALID_SEQ', `throughSeq ${throughSeq} is beyond lastSeq ${lastSeq}`);
  }
}
