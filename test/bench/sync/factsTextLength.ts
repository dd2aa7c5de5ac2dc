import * as Y from 'yjs';

/** Characters of text in the doc's 'facts' fragment (its paragraphs' XmlText children). */
export function factsTextLength(doc: Y.Doc): number {
  let length = 0;
  for (const node of doc.getXmlFragment('facts').toArray()) {
    if (node instanceof Y.XmlText) length += node.length;
    else if (node instanceof Y.XmlElement) {
      for (const child of node.toArray()) if (child instanceof Y.XmlText) length += child.length;
    }
  }
  return length;
}
