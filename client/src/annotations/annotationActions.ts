import {
  type Anchor,
  type Author,
  addAnnotation,
  reopenAnnotation,
  replyToAnnotation,
  resolveAnnotation,
} from '@lianban/case-model';
import type * as Y from 'yjs';

/** What a user can do with annotation threads in the `notes` document. */
export interface AnnotationActions {
  /** Opens a thread on an anchored range; returns its id. */
  add(anchor: Anchor, body: string): string;
  reply(threadId: string, body: string): void;
  resolve(threadId: string): void;
  reopen(threadId: string): void;
}

/**
 * Annotation actions over case-model's notes functions, with the author, a fresh id and the
 * time filled in. Works offline: the changes are ordinary Yjs updates of the `notes` document.
 */
export function createAnnotationActions(
  notes: Y.Doc,
  author: () => Author,
  now: () => string = () => new Date().toISOString(),
  newId: () => string = () => crypto.randomUUID(),
): AnnotationActions {
  return {
    add(anchor, body) {
      const id = newId();
      addAnnotation(notes, { id, author: author(), createdAt: now(), body, anchor });
      return id;
    },
    reply(threadId, body) {
      replyToAnnotation(notes, threadId, { id: newId(), author: author(), createdAt: now(), body });
    },
    resolve(threadId) {
      resolveAnnotation(notes, threadId, author(), now());
    },
    reopen(threadId) {
      reopenAnnotation(notes, threadId, author(), now());
    },
  };
}
