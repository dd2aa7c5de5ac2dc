import type * as Y from 'yjs';
import { readFragmentText } from '../caseFile/readFragmentText.ts';

/** Name of the fragment holding a unit's countersign opinion, edited like a case-file section. */
export const OPINION_FRAGMENT = 'opinion';

/** The shared fragment of the unit's opinion (paragraphs and headings, as in the case file). */
export function opinionFragment(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(OPINION_FRAGMENT);
}

/** The opinion's flat text: paragraphs joined with '\n'. */
export function readOpinionText(doc: Y.Doc): string {
  return readFragmentText(opinionFragment(doc));
}
