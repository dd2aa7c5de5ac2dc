import { ByteReader } from './byteReader.ts';
import { DecodeFailure } from './decodeFailure.ts';

/**
 * Walks an encoded Yjs state vector (varuint count, then count × (client, clock) varuints),
 * calling `onEntry` for each entry, and returns the count. Throws a {@link DecodeFailure}:
 * `too-large` past `maxEntries`, `malformed-state-vector` for anything else.
 */
export function scanStateVector(
  bytes: Uint8Array,
  maxEntries: number,
  onEntry?: (client: number, clock: number) => void,
): number {
  try {
    const reader = new ByteReader(bytes);
    const count = reader.readCount('state vector entry count', maxEntries, 2);
    for (let index = 0; index < count; index += 1) {
      const client = reader.readVarUint();
      const clock = reader.readVarUint();
      onEntry?.(client, clock);
    }
    reader.expectEnd('the state vector');
    return count;
  } catch (error) {
    throw DecodeFailure.within(error, 'malformed-state-vector');
  }
}
