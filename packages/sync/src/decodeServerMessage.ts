import type { ByteReader } from './byteReader.ts';
import { DecodeFailure, type DecodeFailureResult } from './decodeFailure.ts';
import { decodeFrame } from './decodeFrame.ts';
import { defaultMessageLimits, type MessageLimits } from './limits.ts';
import { AuthStep, MessageType } from './messageType.ts';
import { type AwarenessEntry, readAwarenessPayload } from './readAwarenessPayload.ts';
import { readStateVectorPayload } from './readStateVectorPayload.ts';
import { readSyncMessage, type SyncMessage } from './readSyncMessage.ts';

/** A decoded server→client message (the mirror of {@link ClientMessage}); payloads are copies. */
export type ServerMessage =
  | SyncMessage
  | { type: 'awareness'; update: Uint8Array; clients: AwarenessEntry[] }
  | { type: 'queryAwareness' }
  | { type: 'permissionDenied'; reason: string }
  /** Message 100: the durably stored state vector, with the query's id if it had one. */
  | { type: 'storedStateVector'; stateVector: Uint8Array; requestId?: number };

/** The result of {@link decodeServerMessage}. */
export type ServerDecodeResult = { ok: true; message: ServerMessage } | DecodeFailureResult;

const lenientUtf8 = new TextDecoder();

function readBody(reader: ByteReader, limits: MessageLimits): ServerMessage {
  const type = reader.readVarUint();
  switch (type) {
    case MessageType.Sync:
      return readSyncMessage(reader, limits);
    case MessageType.Awareness:
      return { type: 'awareness', ...readAwarenessPayload(reader, limits) };
    case MessageType.QueryAwareness:
      return { type: 'queryAwareness' };
    case MessageType.Auth: {
      const step = reader.readVarUint();
      if (step !== AuthStep.PermissionDenied) {
        throw new DecodeFailure('unknown-type', `unknown auth step ${step}`);
      }
      const reason = lenientUtf8.decode(reader.readVarBytes('permission denied reason'));
      return { type: 'permissionDenied', reason };
    }
    case MessageType.StoredStateVector: {
      const stateVector = readStateVectorPayload(reader, limits);
      return reader.remaining === 0
        ? { type: 'storedStateVector', stateVector }
        : { type: 'storedStateVector', stateVector, requestId: reader.readVarUint() };
    }
    default:
      throw new DecodeFailure('unknown-type', `unknown message type ${type}`);
  }
}

/**
 * Decodes one frame from the server, for Lianban's own client and for tests. Bounded and
 * validating like {@link decodeClientMessage}; never throws. The server's sync step 2 carries
 * the whole document, so a client should pass limits sized for its largest document.
 */
export function decodeServerMessage(
  bytes: Uint8Array,
  limits: MessageLimits = defaultMessageLimits,
): ServerDecodeResult {
  return decodeFrame(bytes, limits, readBody);
}
