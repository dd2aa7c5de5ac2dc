import * as encoding from 'lib0/encoding';
import type { AwarenessEntry } from './readAwarenessPayload.ts';

/**
 * Encodes awareness entries as a y-protocols awareness update (the payload of an awareness
 * message): used to forward only the entries a connection may speak for.
 */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}
