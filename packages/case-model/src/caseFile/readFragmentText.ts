import type * as Y from 'yjs';
import { readTextBlocks } from './textBlocks.ts';

/** The flat text of a fragment: its textblocks' texts joined with '\n'. */
export function readFragmentText(fragment: Y.XmlFragment): string {
  return readTextBlocks(fragment)
    .map((block) => block.text)
    .join('\n');
}
