import type { DocumentStore } from '@lianban/storage';
import * as Y from 'yjs';

/**
 * A document as stored (snapshot, then tail), or null if it was never written. Rooms store every
 * update before applying it, so the store is never behind what clients were told.
 */
export async function readStoredDocument(
  store: DocumentStore,
  name: string,
): Promise<Y.Doc | null> {
  const stored = await store.load(name);
  if (!stored) return null;
  const doc = new Y.Doc({ gc: false });
  Y.transact(doc, () => {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
  });
  return doc;
}
