import { isIsoInstant } from '../schema/isoInstant.ts';
import { type Author, isAuthor } from './author.ts';

/** A dated text by one author: a reply, a leader's instruction (批示), a supervision remark. */
export interface AuthoredEntry {
  /** Chosen by the caller (a random id), so that retries and replicas agree. */
  readonly id: string;
  readonly author: Author;
  /** ISO instant, given by the caller. */
  readonly createdAt: string;
  readonly body: string;
}

/** Whether a value is a well-formed entry. */
export function isAuthoredEntry(value: unknown): value is AuthoredEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { id, author, createdAt, body } = value as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    id !== '' &&
    isAuthor(author) &&
    isIsoInstant(createdAt) &&
    typeof body === 'string'
  );
}

/** Orders entries by time, then id, so every replica lists them alike. */
export function compareEntries(a: AuthoredEntry, b: AuthoredEntry): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A copy holding exactly the entry's fields, safe to store. */
export function plainEntry(entry: AuthoredEntry): AuthoredEntry {
  const { userId, name, unitId } = entry.author;
  return {
    id: entry.id,
    author: { userId, name, unitId },
    createdAt: entry.createdAt,
    body: entry.body,
  };
}
