import type { ByteReader } from './byteReader.ts';
import type { MessageLimits } from './limits.ts';
import { scanStateVector } from './scanStateVector.ts';

/**
 * Reads the varuint-length state vector of a sync step 1 or stored-state-vector message,
 * checks its entries within `limits.maxStateVectorEntries` and returns a copy.
 * Throws a {@link DecodeFailure} (`too-large`, `bad-length`, `malformed-state-vector`).
 */
export function readStateVectorPayload(reader: ByteReader, limits: MessageLimits): Uint8Array {
  const stateVector = reader.readVarBytes('state vector', limits.maxMessageBytes);
  scanStateVector(stateVector, limits.maxStateVectorEntries);
  return stateVector.slice();
}
