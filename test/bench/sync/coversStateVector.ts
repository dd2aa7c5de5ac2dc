import * as Y from 'yjs';

/** Whether state vector `have` includes every (client, clock) that `want` does. */
export function coversStateVector(have: Uint8Array, want: Uint8Array): boolean {
  const haveClocks = Y.decodeStateVector(have);
  for (const [client, clock] of Y.decodeStateVector(want)) {
    if ((haveClocks.get(client) ?? 0) < clock) return false;
  }
  return true;
}
