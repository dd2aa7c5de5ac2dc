import type * as Y from 'yjs';
import type { AuthoredEntry } from './authoredEntry.ts';
import { addEntry, readEntries } from './entryLog.ts';

/** A leader's instruction on the case (批示). */
export type Instruction = AuthoredEntry;

/** Adds a leader's instruction; returns false if one with that id exists already. */
export function addInstruction(doc: Y.Doc, instruction: Instruction): boolean {
  return addEntry(doc, 'instructions', instruction);
}

/** The leaders' instructions, oldest first. */
export function readInstructions(doc: Y.Doc): Instruction[] {
  return readEntries(doc, 'instructions');
}
