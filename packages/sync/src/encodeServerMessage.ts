import * as encoding from 'lib0/encoding';
import { AuthStep, MessageType, SyncStep } from './messageType.ts';

function checkRequestId(requestId: number): void {
  if (!Number.isSafeInteger(requestId) || requestId < 0) {
    throw new RangeError(`request id must be a safe non-negative integer, got ${requestId}`);
  }
}

// Bytes of `value` as a lib0 varuint (7 bits a byte, low first).
function varUintLength(value: number): number {
  let bytes = 1;
  for (let rest = value; rest > 0x7f; rest = Math.floor(rest / 128)) bytes++;
  return bytes;
}

function writeVarUint(target: Uint8Array, offset: number, value: number): number {
  let rest = value;
  let at = offset;
  while (rest > 0x7f) {
    target[at++] = 0x80 | (rest & 0x7f);
    rest = Math.floor(rest / 128);
  }
  target[at++] = rest;
  return at;
}

// `[0, step, varuint length]`, with room after it for `room` bytes: one allocation, no encoder
// (every forwarded update goes through here).
function syncHead(step: number, length: number, room: number): [Uint8Array, number] {
  const head = 2 + varUintLength(length);
  const message = new Uint8Array(head + room);
  message[0] = MessageType.Sync;
  message[1] = step;
  writeVarUint(message, 2, length);
  return [message, head];
}

function encodeSync(step: number, payload: Uint8Array): Uint8Array {
  const [message, head] = syncHead(step, payload.byteLength, payload.byteLength);
  message.set(payload, head);
  return message;
}

/** `[0, 0, varbytes stateVector]`: sync step 1, "send me what I lack" (byte-identical to y-protocols). */
export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return encodeSync(SyncStep.Step1, stateVector);
}

/** `[0, 1, varbytes update]`: sync step 2, the answer to a step 1; sets a stock client's `synced`. */
export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return encodeSync(SyncStep.Step2, update);
}

/**
 * The bytes of a sync step 2 before an update of `length` bytes (`[0, 1, varuint length]`): a
 * large stored state can then be sent after it as it is, without copying it into one message.
 */
export function encodeSyncStep2Prefix(length: number): Uint8Array {
  return syncHead(SyncStep.Step2, length, 0)[0];
}

/** `[0, 2, varbytes update]`: a live document update to broadcast. */
export function encodeUpdate(update: Uint8Array): Uint8Array {
  return encodeSync(SyncStep.Update, update);
}

/** `[1, varbytes update]`: an awareness update (as y-protocols `encodeAwarenessUpdate` makes it). */
export function encodeAwareness(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Awareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** `[3]`: asks the receiver to send all awareness states it knows. */
export function encodeQueryAwareness(): Uint8Array {
  return Uint8Array.of(MessageType.QueryAwareness);
}

/**
 * `[2, 0, varstring reason]`: y-protocols permission-denied. A stock client only logs it
 * (`console.warn`) and stays connected.
 */
export function encodePermissionDenied(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Auth);
  encoding.writeVarUint(encoder, AuthStep.PermissionDenied);
  encoding.writeVarString(encoder, reason);
  return encoding.toUint8Array(encoder);
}

/**
 * `[100, varbytes stateVector, varuint requestId?]`: the answer to a stored query, carrying the
 * state vector of what the server has durably stored and echoing the query's id if it had one.
 * Send it only in answer to message 100 (stock clients log unknown types as errors).
 * @throws RangeError if `requestId` is not a safe non-negative integer.
 */
export function encodeStoredStateVector(stateVector: Uint8Array, requestId?: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.StoredStateVector);
  encoding.writeVarUint8Array(encoder, stateVector);
  if (requestId !== undefined) {
    checkRequestId(requestId);
    encoding.writeVarUint(encoder, requestId);
  }
  return encoding.toUint8Array(encoder);
}

/**
 * `[100, varuint requestId?]`: Lianban's client asking "what have you stored?".
 * @throws RangeError if `requestId` is not a safe non-negative integer.
 */
export function encodeStoredQuery(requestId?: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.StoredStateVector);
  if (requestId !== undefined) {
    checkRequestId(requestId);
    encoding.writeVarUint(encoder, requestId);
  }
  return encoding.toUint8Array(encoder);
}
