import type * as Y from 'yjs';
import { isStatusChange, type StatusChange } from './annotation.ts';
import type { Author } from './author.ts';
import { threadMap } from './threadMap.ts';

/**
 * Marks a thread resolved, recording who and when. Returns false, writing nothing, when there
 * is no such thread or it is resolved already. A resolve and a reopen made concurrently settle
 * on one of the two on every replica (last writer wins).
 */
export function resolveAnnotation(doc: Y.Doc, threadId: string, by: Author, at: string): boolean {
  return changeStatus(doc, threadId, { action: 'resolve', by, at });
}

/** Reopens a resolved thread, recording who and when; false if it is not resolved. */
export function reopenAnnotation(doc: Y.Doc, threadId: string, by: Author, at: string): boolean {
  return changeStatus(doc, threadId, { action: 'reopen', by, at });
}

function changeStatus(doc: Y.Doc, threadId: string, change: StatusChange): boolean {
  if (!isStatusChange(change)) throw new TypeError('malformed author or time');
  const thread = threadMap(doc, threadId);
  if (thread === null) return false;
  const current = thread.get('status');
  const resolved = isStatusChange(current) && current.action === 'resolve';
  if (resolved === (change.action === 'resolve')) return false;
  const { userId, name, unitId } = change.by;
  thread.set('status', { action: change.action, by: { userId, name, unitId }, at: change.at });
  return true;
}
