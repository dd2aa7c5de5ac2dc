import * as Y from 'yjs';
import { Typist } from './Typist.ts';

/** The cold-load document built in memory: one paragraph typed into `edits` times (seed 42). */
export function buildHistoryDoc(edits: number): Y.Doc {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  doc.getXmlFragment('facts').insert(0, [paragraph]);
  const typist = new Typist(42);
  for (let i = 0; i < edits; i++) {
    const { index, content } = typist.next(text.length);
    text.insert(index, content);
  }
  return doc;
}
