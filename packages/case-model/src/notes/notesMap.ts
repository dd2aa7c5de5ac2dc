import type * as Y from 'yjs';

/** The root maps of the `notes` document, each keyed by the id of what it holds. */
export type NotesMapName = 'threads' | 'instructions' | 'remarks';

/**
 * One root map of the `notes` document. Keyed by caller-chosen ids, so concurrent additions
 * from several replicas land under different keys and never overwrite each other.
 */
export function notesMap(doc: Y.Doc, name: NotesMapName): Y.Map<unknown> {
  return doc.getMap<unknown>(name);
}
