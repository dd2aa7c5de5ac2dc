import type { Anchor } from '../anchors/anchor.ts';
import type { Section } from '../caseFile/sections.ts';
import { isIsoInstant } from '../schema/isoInstant.ts';
import { type Author, isAuthor } from './author.ts';
import type { AuthoredEntry } from './authoredEntry.ts';

/** A reply in an annotation thread. */
export type Reply = AuthoredEntry;

/** The last time a thread was resolved or reopened, and by whom. */
export interface StatusChange {
  readonly action: 'resolve' | 'reopen';
  readonly by: Author;
  /** ISO instant, given by the caller. */
  readonly at: string;
}

/** What the caller gives to open an annotation thread on a range of the `file` document. */
export interface NewAnnotation extends AuthoredEntry {
  readonly anchor: Anchor;
}

/** An annotation thread as read from the `notes` document. */
export interface Annotation extends NewAnnotation {
  /** The anchored section (the anchor's own). */
  readonly section: Section;
  /** The text the anchor covered when it was made. */
  readonly quote: string;
  /** Replies, oldest first. */
  readonly replies: readonly Reply[];
  readonly resolved: boolean;
  /** Who resolved or reopened it last, and when; `null` if that never happened. */
  readonly lastStatusChange: StatusChange | null;
}

/** Whether a value is a well-formed status change. */
export function isStatusChange(value: unknown): value is StatusChange {
  if (typeof value !== 'object' || value === null) return false;
  const { action, by, at } = value as Record<string, unknown>;
  return (action === 'resolve' || action === 'reopen') && isAuthor(by) && isIsoInstant(at);
}
