import type * as Y from 'yjs';
import { isSection, type Section } from './sections.ts';

/** The shared fragment that holds one section of the `file` document. */
export function sectionFragment(doc: Y.Doc, section: Section): Y.XmlFragment {
  if (!isSection(section)) throw new RangeError(`unknown section ${String(section)}`);
  return doc.getXmlFragment(section);
}
