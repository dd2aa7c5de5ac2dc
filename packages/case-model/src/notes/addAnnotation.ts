import * as Y from 'yjs';
import { isAnchor } from '../anchors/anchor.ts';
import { toPlainJson } from '../schema/plainJson.ts';
import { ensureSchemaVersion } from '../schema/schemaVersion.ts';
import type { NewAnnotation } from './annotation.ts';
import { isAuthoredEntry, plainEntry } from './authoredEntry.ts';
import { notesMap } from './notesMap.ts';

/**
 * Opens an annotation thread. Each thread is its own Y.Map under its id, with a Y.Array of
 * replies, so threads, replies and status changes from several replicas all merge. Returns
 * false, writing nothing, when a thread with that id exists already (a retried add).
 */
export function addAnnotation(doc: Y.Doc, annotation: NewAnnotation): boolean {
  if (!isAuthoredEntry(annotation) || !isAnchor(annotation.anchor)) {
    throw new TypeError('malformed annotation');
  }
  const threads = notesMap(doc, 'threads');
  if (threads.has(annotation.id)) return false;
  doc.transact(() => {
    ensureSchemaVersion(doc);
    const thread = new Y.Map<unknown>();
    threads.set(annotation.id, thread);
    for (const [key, value] of Object.entries(plainEntry(annotation))) thread.set(key, value);
    thread.set('anchor', toPlainJson(annotation.anchor));
    thread.set('replies', new Y.Array<unknown>());
  });
  return true;
}
