import * as Y from 'yjs';
import type { TextBlock } from './textBlocks.ts';

/** Where a flat offset falls: its block, the offset within it, and the text run holding it. */
export interface FlatLocation {
  readonly block: TextBlock;
  readonly local: number;
  /** `null` when the block has no text run at all (an empty paragraph from the editor). */
  readonly run: { readonly text: Y.XmlText; readonly index: number } | null;
}

/**
 * Finds a flat offset among blocks. Where two runs meet, `before` picks the end of the earlier
 * run and `after` the start of the later one. Returns `null` for an offset outside the text.
 */
export function locateFlatOffset(
  blocks: readonly TextBlock[],
  offset: number,
  bias: 'before' | 'after',
): FlatLocation | null {
  const block = blocks.find((b) => b.start <= offset && offset <= b.start + b.length);
  if (block === undefined) return null;
  const local = offset - block.start;
  let run: FlatLocation['run'] = null;
  for (const child of block.children) {
    if (!(child.node instanceof Y.XmlText)) continue;
    if (local < child.offset || local > child.offset + child.length) continue;
    run = { text: child.node, index: local - child.offset };
    if (bias === 'before') break;
  }
  return { block, local, run };
}

/** Length of the flat text of these blocks. */
export function flatLength(blocks: readonly TextBlock[]): number {
  const last = blocks.at(-1);
  return last === undefined ? 0 : last.start + last.length;
}
