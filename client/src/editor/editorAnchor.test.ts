// @vitest-environment happy-dom
import {
  appendParagraph,
  createAnchor,
  insertSectionText,
  readSectionText,
  resolveAnchor,
} from '@lianban/case-model';
import type { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createEditorAnchor } from './editorAnchor.ts';
import { resolveEditorAnchor } from './resolveEditorAnchor.ts';
import { useTestEditors } from './testEditors.ts';

const testEditor = useTestEditors();
const editorOn = (doc: Y.Doc): Editor => testEditor(doc, 'request');

/** PM position of a flat-text offset within the first paragraph. */
const at = (offset: number) => offset + 1;

describe('editor anchors', () => {
  const text = '诉求：按照2024年签订的安置协议支付剩余补偿款';

  it('anchors a selection the way case-model resolves it, from the paragraph start', () => {
    const doc = new Y.Doc();
    appendParagraph(doc, 'request', text);
    const editor = editorOn(doc);
    editor.commands.setTextSelection({ from: at(0), to: at(9) });
    const anchor = createEditorAnchor(editor.state, 'request');
    expect(anchor?.quote).toBe('诉求：按照2024');
    expect(resolveAnchor(doc, anchor!)).toMatchObject({ status: 'anchored', from: 0, to: 9 });
    expect(resolveEditorAnchor(editor.state, anchor!)).toEqual({ from: at(0), to: at(9) });
  });

  it('resolves anchors made by case-model in the editor, and keeps text typed at the edges out', () => {
    const doc = new Y.Doc();
    appendParagraph(doc, 'request', text);
    const editor = editorOn(doc);
    const start = text.indexOf('安置协议');
    const anchor = createAnchor(doc, 'request', start, start + 4);
    expect(resolveEditorAnchor(editor.state, anchor)).toEqual({
      from: at(start),
      to: at(start + 4),
    });
    editor.commands.setTextSelection({ from: at(start), to: at(start + 4) });
    const mine = createEditorAnchor(editor.state, 'request');
    expect(mine).toEqual(anchor);
    insertSectionText(doc, 'request', start + 4, '后');
    insertSectionText(doc, 'request', start, '前');
    expect(readSectionText(doc, 'request')).toContain('前安置协议后');
    expect(resolveEditorAnchor(editor.state, anchor)).toEqual({
      from: at(start + 1),
      to: at(start + 5),
    });
  });

  it('narrows a selection that starts at a paragraph end to the next paragraph', () => {
    const doc = new Y.Doc();
    appendParagraph(doc, 'request', '第一段');
    appendParagraph(doc, 'request', '第二段');
    const editor = editorOn(doc);
    // From the end of paragraph 1 (pos 4) into paragraph 2 ('第二', pos 6..8).
    editor.commands.setTextSelection({ from: 4, to: 8 });
    const anchor = createEditorAnchor(editor.state, 'request');
    expect(anchor?.quote).toBe('第二');
    expect(resolveAnchor(doc, anchor!)).toMatchObject({ status: 'anchored', text: '第二' });
  });

  it('gives null for an empty selection', () => {
    const doc = new Y.Doc();
    appendParagraph(doc, 'request', text);
    const editor = editorOn(doc);
    editor.commands.setTextSelection(3);
    expect(createEditorAnchor(editor.state, 'request')).toBeNull();
  });
});
