import * as Y from 'yjs';
import { notesMap } from './notesMap.ts';

/** The shared map of one annotation thread, or `null` if there is none under that id. */
export function threadMap(doc: Y.Doc, threadId: string): Y.Map<unknown> | null {
  const thread = notesMap(doc, 'threads').get(threadId);
  return thread instanceof Y.Map ? (thread as Y.Map<unknown>) : null;
}
