import type * as Y from 'yjs';

/** The document a fragment belongs to; edits need it to run in one transaction. */
export function fragmentDoc(fragment: Y.XmlFragment): Y.Doc {
  if (fragment.doc === null) throw new Error('the fragment is not part of a document');
  return fragment.doc;
}
