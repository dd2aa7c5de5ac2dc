import * as Y from 'yjs';

/** Element names that hold one line of the flat text model (ProseMirror textblocks). */
export const textblockNames: ReadonlySet<string> = new Set(['paragraph', 'heading', 'codeBlock']);

/** A child of a textblock: a text run, or an inline node (hard break, image) that has no length. */
export interface BlockChild {
  readonly node: Y.XmlText | Y.XmlElement;
  /** Index among the element's children. */
  readonly index: number;
  /** Offset of the child's first character within the block's text. */
  readonly offset: number;
  /** Number of characters (Yjs indices) in the child; 0 for an inline element. */
  readonly length: number;
  /** The child's characters, read on demand; an embed counts as U+FFFC so lengths match Yjs indices. */
  readonly text: string;
}

/** One line of the flat text model. */
export interface TextBlock {
  readonly element: Y.XmlElement;
  /** Offset of the block's first character in the flat text. */
  readonly start: number;
  /** Number of characters in the block. */
  readonly length: number;
  /** The block's characters, read on demand (reading is the costly part of locating an offset). */
  readonly text: string;
  readonly children: readonly BlockChild[];
}

/** A text delta operation as Yjs produces and accepts it. */
export interface DeltaInsert {
  readonly insert: string | object;
  readonly attributes?: Record<string, unknown>;
}

/**
 * Reads a fragment as lines: every textblock in document order, nested ones (in lists, quotes)
 * included. The flat text is the blocks' texts joined with '\n'.
 */
export function readTextBlocks(fragment: Y.XmlFragment): TextBlock[] {
  const blocks: TextBlock[] = [];
  let start = 0;
  const visit = (container: Y.XmlFragment): void => {
    for (const node of container.toArray()) {
      if (!(node instanceof Y.XmlElement)) continue;
      if (!textblockNames.has(node.nodeName)) {
        visit(node);
        continue;
      }
      const block = readBlock(node, start);
      blocks.push(block);
      start += block.length + 1;
    }
  };
  visit(fragment);
  return blocks;
}

/** The characters of a text run. */
export function runText(text: Y.XmlText): string {
  return (text.toDelta() as DeltaInsert[])
    .map((op) => (typeof op.insert === 'string' ? op.insert : '\uFFFC'))
    .join('');
}

function readBlock(element: Y.XmlElement, start: number): TextBlock {
  const children: BlockChild[] = [];
  let offset = 0;
  element.toArray().forEach((node, index) => {
    if (node instanceof Y.XmlText) {
      children.push(lazyChild(node, index, offset, node.length));
      offset += node.length;
    } else if (node instanceof Y.XmlElement) {
      children.push({ node, index, offset, length: 0, text: '' });
    }
  });
  let text: string | undefined;
  return {
    element,
    start,
    length: offset,
    get text() {
      text ??= children.map((child) => child.text).join('');
      return text;
    },
    children,
  };
}

function lazyChild(node: Y.XmlText, index: number, offset: number, length: number): BlockChild {
  let text: string | undefined;
  return {
    node,
    index,
    offset,
    length,
    get text() {
      text ??= runText(node);
      return text;
    },
  };
}

/** Number of characters in the text runs among some nodes (inline elements count nothing). */
export function textLength(nodes: readonly unknown[]): number {
  return nodes.reduce<number>(
    (sum, node) => sum + (node instanceof Y.XmlText ? node.length : 0),
    0,
  );
}

/**
 * A delta whose every insert names its attributes, so that applying it elsewhere reproduces
 * the formatting exactly instead of inheriting the neighbour's.
 */
export function withExplicitAttributes(delta: readonly DeltaInsert[]): DeltaInsert[] {
  return delta.map((op) => ({ insert: op.insert, attributes: op.attributes ?? {} }));
}
