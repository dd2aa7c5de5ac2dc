import * as Y from 'yjs';
import { fragmentDoc } from './fragmentDoc.ts';
import { insertTextBlock } from './insertTextBlock.ts';
import { flatLength, locateFlatOffset } from './locateFlatOffset.ts';
import { type DeltaInsert, readTextBlocks, type TextBlock, textLength } from './textBlocks.ts';

/**
 * Inserts text at a flat offset of a fragment (see {@link readTextBlocks}). Each '\n' splits
 * the block there, like pressing Enter; a part moved to a new block keeps the split block's
 * type when it holds text (a paragraph otherwise). Text typed inside a run takes on its
 * formatting.
 */
export function insertFragmentText(fragment: Y.XmlFragment, offset: number, text: string): void {
  fragmentDoc(fragment).transact(() => {
    let blocks = readTextBlocks(fragment);
    if (!Number.isInteger(offset) || offset < 0 || offset > flatLength(blocks)) {
      throw new RangeError(`offset ${offset} is outside the text (length ${flatLength(blocks)})`);
    }
    if (text === '') return;
    if (blocks.length === 0) {
      insertTextBlock(fragment, fragment.length);
      blocks = readTextBlocks(fragment);
    }
    const location = locateFlatOffset(blocks, offset, 'before');
    if (location === null) throw new Error('unreachable: offset was checked');
    const [first = '', ...rest] = text.split('\n');
    const run = location.run ?? addRun(location.block);
    if (first !== '') run.text.insert(run.index, first);
    if (rest.length > 0)
      splitBlock(location.block.element, run.text, run.index + first.length, rest);
  });
}

function addRun(block: TextBlock): { text: Y.XmlText; index: number } {
  const text = new Y.XmlText();
  block.element.insert(0, [text]);
  return { text, index: 0 };
}

/**
 * Splits a block at a run position into `lines.length + 1` blocks. The larger side stays in the
 * original element, so anchors in it keep resolving (Enter at the start of a paragraph adds an
 * empty one before it rather than moving all its text); the smaller side is copied out.
 */
function splitBlock(element: Y.XmlElement, run: Y.XmlText, index: number, lines: string[]): void {
  const children = element.toArray();
  const runIndex = children.indexOf(run);
  const delta = run.toDelta() as DeltaInsert[];
  const headNodes = children.slice(0, runIndex);
  const tailNodes = children.slice(runIndex + 1);
  const headSize = textLength(headNodes) + index;
  const tailSize = run.length - index + textLength(tailNodes);
  const parent = element.parent;
  if (!(parent instanceof Y.XmlFragment)) throw new Error('a textblock must sit in a fragment');
  const lastLine = lines.at(-1) ?? '';
  const middle = lines
    .slice(0, -1)
    .map((line) => ({ delta: line === '' ? [] : [{ insert: line }] }));
  const shape = (size: number, nodes: unknown[]) =>
    size > 0 || nodes.length > 0
      ? { nodeName: element.nodeName, attributes: element.getAttributes() }
      : { nodeName: 'paragraph', attributes: {} };

  if (headSize < tailSize) {
    const before = detached(headNodes);
    if (index > 0) run.delete(0, index);
    if (runIndex > 0) element.delete(0, runIndex);
    const at = parent.toArray().indexOf(element);
    const head = { ...shape(headSize, headNodes), before, delta: sliceDelta(delta, 0, index) };
    for (const [i, content] of [head, ...middle].entries())
      insertTextBlock(parent, at + i, content);
    if (lastLine !== '') run.insert(0, lastLine);
    return;
  }
  const after = detached(tailNodes);
  if (run.length > index) run.delete(index, run.length - index);
  if (tailNodes.length > 0) element.delete(runIndex + 1, tailNodes.length);
  const at = parent.toArray().indexOf(element) + 1;
  const lastDelta = [
    ...(lastLine === '' ? [] : [{ insert: lastLine }]),
    ...sliceDelta(delta, index),
  ];
  const tail = { ...shape(tailSize, tailNodes), delta: lastDelta, after };
  for (const [i, content] of [...middle, tail].entries()) insertTextBlock(parent, at + i, content);
}

function detached(nodes: readonly unknown[]): (Y.XmlElement | Y.XmlText)[] {
  return nodes.flatMap((node) =>
    node instanceof Y.XmlElement || node instanceof Y.XmlText ? [node.clone()] : [],
  );
}

/** The characters [from, to) of a delta, with their formatting. */
function sliceDelta(
  delta: readonly DeltaInsert[],
  from: number,
  to = Number.POSITIVE_INFINITY,
): DeltaInsert[] {
  const out: DeltaInsert[] = [];
  let at = 0;
  for (const op of delta) {
    const length = typeof op.insert === 'string' ? op.insert.length : 1;
    const start = Math.max(from, at);
    const stop = Math.min(to, at + length);
    if (start < stop) {
      const insert =
        typeof op.insert === 'string' ? op.insert.slice(start - at, stop - at) : op.insert;
      out.push(op.attributes === undefined ? { insert } : { insert, attributes: op.attributes });
    }
    at += length;
  }
  return out;
}
