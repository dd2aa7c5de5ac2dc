/**
 * @lianban/sync: the y-websocket wire protocol as pure functions, bytes in and replies out.
 * See PROTOCOL.md for the format byte by byte.
 */
export { CloseCode, type CloseCodeValue, closeReason, isTerminalCloseCode } from './closeCode.ts';
export { coversStateVector } from './coversStateVector.ts';
export {
  type ClientMessage,
  type DecodeResult,
  decodeClientMessage,
} from './decodeClientMessage.ts';
export type { DecodeFailureReason, DecodeFailureResult } from './decodeFailure.ts';
export { decodeFailureCloseCode } from './decodeFailureCloseCode.ts';
export {
  decodeServerMessage,
  type ServerDecodeResult,
  type ServerMessage,
} from './decodeServerMessage.ts';
export { encodeAwarenessEntries } from './encodeAwarenessEntries.ts';
export {
  encodeAwareness,
  encodePermissionDenied,
  encodeQueryAwareness,
  encodeStoredQuery,
  encodeStoredStateVector,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncStep2Prefix,
  encodeUpdate,
} from './encodeServerMessage.ts';
export { defaultMessageLimits, type MessageLimits } from './limits.ts';
export {
  AuthStep,
  MessageType,
  type MessageTypeValue,
  SyncStep,
  type SyncStepValue,
} from './messageType.ts';
export type { AwarenessEntry, AwarenessPayload, AwarenessState } from './readAwarenessPayload.ts';
export type { SyncMessage } from './readSyncMessage.ts';
export { type Access, type Response, type RoomView, readOnlyReason, respond } from './respond.ts';
export { type UpdateValidation, validateUpdate } from './validateUpdate.ts';
