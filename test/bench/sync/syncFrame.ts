import * as encoding from 'lib0/encoding';

/** y-protocols message type and sync sub-types. */
export const messageSync = 0;
export const syncStep1 = 0;
export const syncStep2 = 1;
export const syncUpdate = 2;

/** `[0, step, varbytes payload]`: a y-protocols sync message (step 1, step 2 or update). */
export function syncFrame(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}
