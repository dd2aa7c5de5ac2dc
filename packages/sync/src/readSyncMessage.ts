import type { ByteReader } from './byteReader.ts';
import { DecodeFailure } from './decodeFailure.ts';
import type { MessageLimits } from './limits.ts';
import { SyncStep } from './messageType.ts';
import { readStateVectorPayload } from './readStateVectorPayload.ts';
import { readUpdatePayload } from './readUpdatePayload.ts';

/**
 * The three y-protocols sync messages, the same in both directions. `empty` marks an update with
 * no structs and no deletions (what a client sends in step 2 when it has nothing new).
 */
export type SyncMessage =
  | { type: 'syncStep1'; stateVector: Uint8Array }
  | { type: 'syncStep2'; update: Uint8Array; empty: boolean }
  | { type: 'update'; update: Uint8Array; empty: boolean };

/**
 * Reads the body of a {@link MessageType.Sync} message (sub-type, then a varuint-length state
 * vector or update). Throws a {@link DecodeFailure}.
 */
export function readSyncMessage(reader: ByteReader, limits: MessageLimits): SyncMessage {
  const step = reader.readVarUint();
  switch (step) {
    case SyncStep.Step1:
      return { type: 'syncStep1', stateVector: readStateVectorPayload(reader, limits) };
    // Fields named, not spread: a spread is a generic property copy, run for every update.
    case SyncStep.Step2: {
      const { update, empty } = readUpdatePayload(reader, limits);
      return { type: 'syncStep2', update, empty };
    }
    case SyncStep.Update: {
      const { update, empty } = readUpdatePayload(reader, limits);
      return { type: 'update', update, empty };
    }
    default:
      throw new DecodeFailure('unknown-type', `unknown sync step ${step}`);
  }
}
