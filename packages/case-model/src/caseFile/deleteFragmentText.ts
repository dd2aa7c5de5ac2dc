import * as Y from 'yjs';
import { fragmentDoc } from './fragmentDoc.ts';
import { flatLength } from './locateFlatOffset.ts';
import {
  type DeltaInsert,
  readTextBlocks,
  type TextBlock,
  textLength,
  withExplicitAttributes,
} from './textBlocks.ts';

/**
 * Deletes `length` characters of a fragment's flat text from `offset`. A deleted '\n' joins
 * two blocks into one: the earlier block stays and receives the rest of the later one, unless
 * it is left empty or both have the same type and the later one holds more text. Anchors in
 * the part that moves are orphaned, as with the editor's own joins. Emptied containers (list
 * items) are removed.
 */
export function deleteFragmentText(fragment: Y.XmlFragment, offset: number, length: number): void {
  fragmentDoc(fragment).transact(() => {
    const blocks = readTextBlocks(fragment);
    const end = offset + length;
    if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || length < 0) {
      throw new RangeError(`invalid range ${offset}+${length}`);
    }
    if (end > flatLength(blocks)) {
      throw new RangeError(
        `range ${offset}+${length} is outside the text (length ${flatLength(blocks)})`,
      );
    }
    if (length === 0) return;
    const firstIndex = blocks.findIndex((block) => offset <= block.start + block.length);
    const lastIndex = blocks.findIndex((block) => end <= block.start + block.length);
    const first = blocks[firstIndex];
    const last = blocks[lastIndex];
    if (first === undefined || last === undefined)
      throw new Error('unreachable: range was checked');
    // Blocks strictly between the two ends go away whole, so only the ends lose characters.
    for (const block of first === last ? [first] : [first, last]) {
      const from = Math.max(offset, block.start) - block.start;
      deleteInBlock(block, from, Math.min(end, block.start + block.length) - block.start);
    }
    if (first === last) return;
    if (keepsLater(first.element, last.element)) {
      prependContent(last.element, first.element);
      for (const block of blocks.slice(firstIndex, lastIndex)) removeBlock(block.element);
    } else {
      appendContent(first.element, last.element);
      for (const block of blocks.slice(firstIndex + 1, lastIndex + 1)) removeBlock(block.element);
    }
  });
}

function deleteInBlock(block: TextBlock, from: number, to: number): void {
  for (const child of [...block.children].reverse()) {
    if (child.node instanceof Y.XmlText) {
      const start = Math.max(from, child.offset);
      const stop = Math.min(to, child.offset + child.length);
      if (start < stop) child.node.delete(start - child.offset, stop - start);
    } else if (from < child.offset && child.offset < to) {
      block.element.delete(child.index, 1);
    }
  }
}

function keepsLater(earlier: Y.XmlElement, later: Y.XmlElement): boolean {
  const earlierNodes = earlier.toArray();
  if (earlierNodes.every((node) => node instanceof Y.XmlText && node.length === 0)) return true;
  const sameType =
    earlier.nodeName === later.nodeName &&
    JSON.stringify(earlier.getAttributes()) === JSON.stringify(later.getAttributes());
  return sameType && textLength(later.toArray()) > textLength(earlierNodes);
}

function prependContent(target: Y.XmlElement, source: Y.XmlElement): void {
  for (const node of source.toArray().reverse()) {
    const firstChild = target.toArray()[0];
    if (node instanceof Y.XmlText && firstChild instanceof Y.XmlText) {
      const ops = withExplicitAttributes(node.toDelta() as DeltaInsert[]);
      if (ops.length > 0) firstChild.applyDelta(ops);
    } else if (node instanceof Y.XmlText || node instanceof Y.XmlElement) {
      target.insert(0, [node.clone()]);
    }
  }
}

function appendContent(target: Y.XmlElement, source: Y.XmlElement): void {
  for (const node of source.toArray()) {
    const lastChild = target.toArray().at(-1);
    if (node instanceof Y.XmlText && lastChild instanceof Y.XmlText) {
      const ops = withExplicitAttributes(node.toDelta() as DeltaInsert[]);
      if (ops.length > 0) lastChild.applyDelta([{ retain: lastChild.length }, ...ops]);
    } else if (node instanceof Y.XmlText || node instanceof Y.XmlElement) {
      target.insert(target.length, [node.clone()]);
    }
  }
}

function removeBlock(element: Y.XmlElement): void {
  let node: Y.XmlElement = element;
  for (;;) {
    const parent = node.parent;
    if (!(parent instanceof Y.XmlFragment)) return;
    parent.delete(parent.toArray().indexOf(node), 1);
    if (!(parent instanceof Y.XmlElement) || parent.length > 0) return;
    node = parent;
  }
}
