import type { ByteReader } from './byteReader.ts';
import { DecodeFailure } from './decodeFailure.ts';
import type { MessageLimits } from './limits.ts';
import { validateUpdate } from './validateUpdate.ts';

/** A Yjs update as received: a copy of its bytes, and whether it changes nothing at all. */
export type UpdatePayload = { update: Uint8Array; empty: boolean };

/**
 * Reads the varuint-length Yjs v1 update of a sync step 2 or update message, checks it with
 * {@link validateUpdate} and returns a copy (the input buffer may be reused by the transport).
 * Throws a {@link DecodeFailure} (`too-large`, `bad-length`, `malformed-update`).
 */
export function readUpdatePayload(reader: ByteReader, limits: MessageLimits): UpdatePayload {
  const update = reader.readVarBytes('update', limits.maxUpdateBytes);
  const validation = validateUpdate(update);
  if (!validation.ok) throw new DecodeFailure('malformed-update', validation.detail);
  return {
    update: update.slice(),
    empty: validation.structs === 0 && validation.deleteRanges === 0,
  };
}
