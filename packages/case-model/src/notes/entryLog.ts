import type * as Y from 'yjs';
import { ensureSchemaVersion } from '../schema/schemaVersion.ts';
import {
  type AuthoredEntry,
  compareEntries,
  isAuthoredEntry,
  plainEntry,
} from './authoredEntry.ts';
import { type NotesMapName, notesMap } from './notesMap.ts';

/** Adds an entry under its id unless that id is taken; returns whether it was added. */
export function addEntry(doc: Y.Doc, name: NotesMapName, entry: AuthoredEntry): boolean {
  if (!isAuthoredEntry(entry)) throw new TypeError(`malformed ${name} entry`);
  const map = notesMap(doc, name);
  if (map.has(entry.id)) return false;
  doc.transact(() => {
    ensureSchemaVersion(doc);
    map.set(entry.id, plainEntry(entry));
  });
  return true;
}

/** The well-formed entries of a map, oldest first; malformed ones written by a peer are skipped. */
export function readEntries(doc: Y.Doc, name: NotesMapName): AuthoredEntry[] {
  const entries: AuthoredEntry[] = [];
  notesMap(doc, name).forEach((value, key) => {
    if (isAuthoredEntry(value) && value.id === key) entries.push(plainEntry(value));
  });
  return entries.sort(compareEntries);
}
