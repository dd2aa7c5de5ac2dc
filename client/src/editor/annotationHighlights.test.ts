// @vitest-environment happy-dom
import {
  type Anchor,
  appendParagraph,
  createAnchor,
  insertSectionText,
  readSectionText,
} from '@lianban/case-model';
import type { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AnnotationHighlights } from './annotationHighlights.ts';
import { useTestEditors } from './testEditors.ts';

const text = '信访人反映：拆迁安置补偿款至今未发放，开发单位以资金困难为由拖延交房。';
const quote = '安置补偿款';

const testEditor = useTestEditors();

/** An editor on the facts of `doc` highlighting one annotation; counts its transactions. */
function highlightingEditor(doc: Y.Doc, anchor: Anchor) {
  const editor = testEditor(doc, 'facts', [
    AnnotationHighlights.configure({
      source: {
        highlights: () => [{ id: 'a1', anchor, resolved: false }],
        active: () => null,
        onActivate: () => {},
      },
    }),
  ]);
  let transactions = 0;
  editor.on('transaction', () => {
    transactions += 1;
  });
  return { editor, transactions: () => transactions };
}

const highlighted = (editor: Editor) =>
  [...editor.view.dom.querySelectorAll('[data-annotation-id="a1"]')]
    .map((element) => element.textContent)
    .join('');

/** Long enough for the idle check (a timer where requestIdleCallback is missing). */
const idle = () => new Promise((resolve) => setTimeout(resolve, 700));

function annotatedDoc(): { doc: Y.Doc; anchor: Anchor } {
  const doc = new Y.Doc();
  appendParagraph(doc, 'facts', text);
  const from = text.indexOf(quote);
  return { doc, anchor: createAnchor(doc, 'facts', from, from + quote.length) };
}

describe('annotation highlights', () => {
  it('follow local typing by mapping, without another transaction afterwards', async () => {
    const { doc, anchor } = annotatedDoc();
    const { editor, transactions } = highlightingEditor(doc, anchor);
    expect(highlighted(editor)).toBe(quote);
    const before = transactions();
    // Typed before the range and at both of its edges: all of it stays outside.
    const start = 1 + text.indexOf(quote);
    editor.commands.insertContentAt(start + quote.length, '后');
    editor.commands.insertContentAt(start, '前');
    editor.commands.insertContentAt(1, '开头');
    expect(highlighted(editor)).toBe(quote);
    expect(readSectionText(doc, 'facts')).toContain(`前${quote}后`);
    await idle();
    expect(transactions() - before).toBe(3);
    expect(highlighted(editor)).toBe(quote);
  });

  it('follow a peer’s edit that arrives through Yjs', () => {
    const { doc, anchor } = annotatedDoc();
    const { editor } = highlightingEditor(doc, anchor);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    insertSectionText(peer, 'facts', 0, '经调查，');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)), 'peer');
    expect(editor.getText()).toContain('经调查，');
    expect(highlighted(editor)).toBe(quote);
  });

  it('are put right once idle when mapping lost a range the anchors still hold', async () => {
    const { doc, anchor } = annotatedDoc();
    const { editor } = highlightingEditor(doc, anchor);
    const around = `拆迁${quote}至今`;
    const from = 1 + text.indexOf(around);
    // Replacing words around the range by the same words maps the highlight away, while Yjs
    // sees no change and the anchors still hold the range.
    editor.commands.insertContentAt({ from, to: from + around.length }, around);
    expect(highlighted(editor)).toBe('');
    await idle();
    expect(highlighted(editor)).toBe(quote);
  });
});
