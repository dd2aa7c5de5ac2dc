import type * as Y from 'yjs';
import type { AuthoredEntry } from './authoredEntry.ts';
import { addEntry, readEntries } from './entryLog.ts';

/** A supervisor's remark on the case (督查意见). */
export type SupervisionRemark = AuthoredEntry;

/** Adds a supervision remark; returns false if one with that id exists already. */
export function addRemark(doc: Y.Doc, remark: SupervisionRemark): boolean {
  return addEntry(doc, 'remarks', remark);
}

/** The supervision remarks, oldest first. */
export function readRemarks(doc: Y.Doc): SupervisionRemark[] {
  return readEntries(doc, 'remarks');
}
