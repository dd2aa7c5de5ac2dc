import * as Y from 'yjs';
import { type DeltaInsert, withExplicitAttributes } from './textBlocks.ts';

/** What a new textblock is made of. */
export interface TextBlockContent {
  readonly nodeName?: string;
  readonly attributes?: Record<string, unknown>;
  /** Detached nodes placed before the text run. */
  readonly before?: readonly (Y.XmlElement | Y.XmlText)[];
  /** Content of its text run; every block we create has one, even when empty. */
  readonly delta?: readonly DeltaInsert[];
  /** Detached nodes placed after the text run. */
  readonly after?: readonly (Y.XmlElement | Y.XmlText)[];
}

/**
 * Inserts a textblock (a paragraph unless named otherwise) at `index` of `parent` and returns
 * it. Must run inside a transaction of the parent's document.
 */
export function insertTextBlock(
  parent: Y.XmlFragment,
  index: number,
  content: TextBlockContent = {},
): Y.XmlElement {
  const element = new Y.XmlElement(content.nodeName ?? 'paragraph');
  parent.insert(index, [element]);
  for (const [key, value] of Object.entries(content.attributes ?? {})) {
    element.setAttribute(key, value as string);
  }
  const text = new Y.XmlText();
  element.insert(0, [...(content.before ?? []), text, ...(content.after ?? [])]);
  if (content.delta !== undefined && content.delta.length > 0) {
    text.applyDelta(withExplicitAttributes(content.delta));
  }
  return element;
}
