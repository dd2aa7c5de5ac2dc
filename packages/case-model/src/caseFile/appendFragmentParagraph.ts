import type * as Y from 'yjs';
import { fragmentDoc } from './fragmentDoc.ts';
import { insertTextBlock } from './insertTextBlock.ts';

/** Appends a paragraph at the end of a fragment; each '\n' in `text` starts another paragraph. */
export function appendFragmentParagraph(fragment: Y.XmlFragment, text: string): void {
  fragmentDoc(fragment).transact(() => {
    for (const line of text.split('\n')) {
      insertTextBlock(fragment, fragment.length, { delta: line === '' ? [] : [{ insert: line }] });
    }
  });
}
