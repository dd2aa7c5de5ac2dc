import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';

/**
 * One timed apply of an encoded state into a fresh Y.Doc that has an update listener, as the
 * bench reader's doc (and any y-websocket client's) has to send its own edits: Yjs then encodes
 * each applied transaction for it, which is part of what such a client pays (for the
 * 100,000-edit state, about 1.5 times a bare doc's apply).
 */
export function applyState(state: Uint8Array): { ms: number; doc: Y.Doc } {
  const doc = new Y.Doc();
  doc.on('update', () => {});
  const start = performance.now();
  Y.applyUpdate(doc, state);
  return { ms: performance.now() - start, doc };
}
