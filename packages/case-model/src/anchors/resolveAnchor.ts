import * as Y from 'yjs';
import { sectionFragment } from '../caseFile/sectionFragment.ts';
import { readTextBlocks, type TextBlock } from '../caseFile/textBlocks.ts';
import { type Anchor, isAnchor, type RelativePositionJson } from './anchor.ts';

/** Where an anchor stands in the current text, or that its range is gone. */
export type ResolvedAnchor =
  | {
      readonly status: 'anchored';
      readonly from: number;
      readonly to: number;
      readonly text: string;
    }
  | { readonly status: 'orphaned'; readonly quote: string };

/**
 * Finds an anchor's range in the section's current flat text. It is orphaned when a position
 * no longer resolves (its paragraph was removed, or the `file` update that made it has not
 * arrived yet) or the range collapsed because its text was deleted.
 */
export function resolveAnchor(doc: Y.Doc, anchor: Anchor): ResolvedAnchor {
  const orphaned: ResolvedAnchor = { status: 'orphaned', quote: String(anchor.quote) };
  if (!isAnchor(anchor)) return orphaned;
  const blocks = readTextBlocks(sectionFragment(doc, anchor.section));
  const from = flatOffset(doc, blocks, anchor.start);
  const to = flatOffset(doc, blocks, anchor.end);
  if (from === null || to === null || from >= to) return orphaned;
  const text = blocks.map((block) => block.text).join('\n');
  return { status: 'anchored', from, to, text: text.slice(from, to) };
}

function flatOffset(
  doc: Y.Doc,
  blocks: readonly TextBlock[],
  json: RelativePositionJson,
): number | null {
  const position = Y.createAbsolutePositionFromRelativePosition(
    Y.createRelativePositionFromJSON(json),
    doc,
  );
  if (position === null) return null;
  for (const block of blocks) {
    if (position.type === block.element) {
      const before = block.children.filter((child) => child.index < position.index);
      return block.start + before.reduce((sum, child) => sum + child.length, 0);
    }
    const child = block.children.find((candidate) => candidate.node === position.type);
    if (child !== undefined) {
      return block.start + child.offset + Math.min(position.index, child.length);
    }
  }
  return null;
}
