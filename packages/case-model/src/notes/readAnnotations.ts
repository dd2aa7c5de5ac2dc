import * as Y from 'yjs';
import { isAnchor } from '../anchors/anchor.ts';
import { toPlainJson } from '../schema/plainJson.ts';
import { type Annotation, isStatusChange, type Reply } from './annotation.ts';
import { compareEntries, isAuthoredEntry, plainEntry } from './authoredEntry.ts';
import { notesMap } from './notesMap.ts';
import { threadMap } from './threadMap.ts';

/** All well-formed annotation threads, oldest first; malformed ones written by a peer are skipped. */
export function readAnnotations(doc: Y.Doc): Annotation[] {
  const annotations: Annotation[] = [];
  notesMap(doc, 'threads').forEach((value, key) => {
    const annotation = value instanceof Y.Map ? readThread(value as Y.Map<unknown>, key) : null;
    if (annotation !== null) annotations.push(annotation);
  });
  return annotations.sort(compareEntries);
}

/** One annotation thread, or `undefined` if there is no well-formed one under that id. */
export function readAnnotation(doc: Y.Doc, threadId: string): Annotation | undefined {
  const thread = threadMap(doc, threadId);
  return (thread && readThread(thread, threadId)) ?? undefined;
}

function readThread(thread: Y.Map<unknown>, key: string): Annotation | null {
  const entry = {
    id: thread.get('id'),
    author: thread.get('author'),
    createdAt: thread.get('createdAt'),
    body: thread.get('body'),
  };
  const anchor = thread.get('anchor');
  if (!isAuthoredEntry(entry) || entry.id !== key || !isAnchor(anchor)) return null;
  const status = thread.get('status');
  const lastStatusChange = isStatusChange(status) ? toPlainJson(status) : null;
  return {
    ...plainEntry(entry),
    anchor: toPlainJson(anchor),
    section: anchor.section,
    quote: anchor.quote,
    replies: readReplies(thread.get('replies')),
    resolved: lastStatusChange?.action === 'resolve',
    lastStatusChange,
  };
}

function readReplies(value: unknown): Reply[] {
  if (!(value instanceof Y.Array)) return [];
  const byId = new Map<string, Reply>();
  for (const reply of value.toArray()) {
    // A retried reply that raced its first copy is shown once.
    if (isAuthoredEntry(reply) && !byId.has(reply.id)) byId.set(reply.id, plainEntry(reply));
  }
  return [...byId.values()].sort(compareEntries);
}
