import type { ByteReader } from './byteReader.ts';
import { DecodeFailure, type DecodeFailureResult } from './decodeFailure.ts';
import { decodeFrame } from './decodeFrame.ts';
import type { MessageLimits } from './limits.ts';
import { AuthStep, MessageType } from './messageType.ts';
import { type AwarenessEntry, readAwarenessPayload } from './readAwarenessPayload.ts';
import { readSyncMessage, type SyncMessage } from './readSyncMessage.ts';

/** A decoded client→server message. Payloads are copies of the input. */
export type ClientMessage =
  | SyncMessage
  | { type: 'awareness'; update: Uint8Array; clients: AwarenessEntry[] }
  | { type: 'queryAwareness' }
  /** y-protocols permission-denied; stock clients never send it and the server ignores it. */
  | { type: 'auth'; reason: string }
  /** Message 100: "what have you stored?", with the optional id to echo in the answer. */
  | { type: 'storedQuery'; requestId?: number };

/** The result of {@link decodeClientMessage}. */
export type DecodeResult = { ok: true; message: ClientMessage } | DecodeFailureResult;

const lenientUtf8 = new TextDecoder();

function readBody(reader: ByteReader, limits: MessageLimits): ClientMessage {
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
      return { type: 'auth', reason: lenientUtf8.decode(reader.readVarBytes('auth reason')) };
    }
    case MessageType.StoredStateVector:
      return reader.remaining === 0
        ? { type: 'storedQuery' }
        : { type: 'storedQuery', requestId: reader.readVarUint() };
    default:
      throw new DecodeFailure('unknown-type', `unknown message type ${type}`);
  }
}

/**
 * Decodes one WebSocket frame from a client (y-websocket sends exactly one message per frame),
 * bounded by `limits`: nothing is sliced or allocated from a declared length before it is checked
 * against the bytes left and the limit, and updates are validated with {@link validateUpdate} so
 * that applying them cannot throw. Never throws; every failure is a result with a stable reason.
 */
export function decodeClientMessage(bytes: Uint8Array, limits: MessageLimits): DecodeResult {
  return decodeFrame(bytes, limits, readBody);
}
