import { ByteReader } from './byteReader.ts';
import { DecodeFailure } from './decodeFailure.ts';
import type { MessageLimits } from './limits.ts';

/** The parsed JSON state of an awareness entry: an object, or null for "this client left". */
export type AwarenessState = { readonly [field: string]: unknown } | null;

/** One entry of a y-protocols awareness update. */
export type AwarenessEntry = { clientId: number; clock: number; state: AwarenessState };

/** An awareness update as received: a copy of its bytes and its parsed entries. */
export type AwarenessPayload = { update: Uint8Array; clients: AwarenessEntry[] };

function parseState(text: string): AwarenessState {
  let state: unknown;
  try {
    state = JSON.parse(text);
  } catch {
    throw new DecodeFailure('malformed-awareness', 'awareness state is not JSON');
  }
  if (state === null || (typeof state === 'object' && !Array.isArray(state))) {
    return state as AwarenessState;
  }
  throw new DecodeFailure('malformed-awareness', 'awareness state is neither an object nor null');
}

function parseEntries(update: Uint8Array, limits: MessageLimits): AwarenessEntry[] {
  const reader = new ByteReader(update);
  // An entry takes at least 3 bytes: client id, clock, state length (4 with "null" and up).
  const count = reader.readCount('awareness client count', limits.maxAwarenessClients, 3);
  const clients: AwarenessEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    const clientId = reader.readVarUint();
    const clock = reader.readVarUint();
    const text = reader.readVarString('awareness state', limits.maxAwarenessStateBytes);
    clients.push({ clientId, clock, state: parseState(text) });
  }
  reader.expectEnd('the awareness entries');
  return clients;
}

/**
 * Reads the varuint-length awareness update of a {@link MessageType.Awareness} message and
 * parses it as y-protocols `applyAwarenessUpdate` would (client id, clock, JSON state), within
 * `limits`. Throws a {@link DecodeFailure} (`too-large`, `bad-length`, `malformed-awareness`).
 */
export function readAwarenessPayload(reader: ByteReader, limits: MessageLimits): AwarenessPayload {
  const update = reader.readVarBytes('awareness update', limits.maxMessageBytes);
  try {
    return { update: update.slice(), clients: parseEntries(update, limits) };
  } catch (error) {
    throw DecodeFailure.within(error, 'malformed-awareness');
  }
}
