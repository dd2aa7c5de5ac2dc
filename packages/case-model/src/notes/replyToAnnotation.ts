import * as Y from 'yjs';
import type { Reply } from './annotation.ts';
import { isAuthoredEntry, plainEntry } from './authoredEntry.ts';
import { threadMap } from './threadMap.ts';

/**
 * Adds a reply to a thread. Returns false, writing nothing, when there is no such thread or
 * this replica already holds a reply with that id.
 */
export function replyToAnnotation(doc: Y.Doc, threadId: string, reply: Reply): boolean {
  if (!isAuthoredEntry(reply)) throw new TypeError('malformed reply');
  const replies = threadMap(doc, threadId)?.get('replies');
  if (!(replies instanceof Y.Array)) return false;
  const known = replies.toArray().some((item) => isAuthoredEntry(item) && item.id === reply.id);
  if (known) return false;
  replies.push([plainEntry(reply)]);
  return true;
}
