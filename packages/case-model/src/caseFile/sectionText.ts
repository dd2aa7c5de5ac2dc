import type * as Y from 'yjs';
import { appendFragmentParagraph } from './appendFragmentParagraph.ts';
import { deleteFragmentText } from './deleteFragmentText.ts';
import { insertFragmentText } from './insertFragmentText.ts';
import { readFragmentText } from './readFragmentText.ts';
import { sectionFragment } from './sectionFragment.ts';
import type { Section } from './sections.ts';

/** A section's flat text: its paragraphs (and headings) joined with '\n'. */
export function readSectionText(doc: Y.Doc, section: Section): string {
  return readFragmentText(sectionFragment(doc, section));
}

/** Inserts text at a flat offset of a section; a '\n' splits the paragraph there. */
export function insertSectionText(
  doc: Y.Doc,
  section: Section,
  offset: number,
  text: string,
): void {
  insertFragmentText(sectionFragment(doc, section), offset, text);
}

/** Deletes a range of a section's flat text; a deleted '\n' joins two paragraphs. */
export function deleteSectionText(
  doc: Y.Doc,
  section: Section,
  offset: number,
  length: number,
): void {
  deleteFragmentText(sectionFragment(doc, section), offset, length);
}

/** Appends a paragraph to a section; each '\n' in `text` starts another paragraph. */
export function appendParagraph(doc: Y.Doc, section: Section, text: string): void {
  appendFragmentParagraph(sectionFragment(doc, section), text);
}
