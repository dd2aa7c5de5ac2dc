// @vitest-environment happy-dom
import { appendParagraph, readSectionText } from '@lianban/case-model';
import type { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { useTestEditors } from './testEditors.ts';
import { TypedCharacters } from './typedCharacters.ts';

const testEditor = useTestEditors();
const editorOn = (doc: Y.Doc) => testEditor(doc, 'facts', [TypedCharacters]);

/** Fires a keypress on the editor as a physical key would; answers whether it was taken over. */
function press(editor: Editor, key: string, init: KeyboardEventInit = {}): boolean {
  const event = new KeyboardEvent('keypress', { key, bubbles: true, cancelable: true, ...init });
  // happy-dom leaves out the legacy `charCode`, which ProseMirror reads first.
  const charCode = init.charCode ?? (key.length === 1 ? key.charCodeAt(0) : 0);
  Object.defineProperty(event, 'charCode', { value: charCode });
  editor.view.dom.dispatchEvent(event);
  return event.defaultPrevented;
}

function typedFile(text: string) {
  const doc = new Y.Doc({ gc: false });
  appendParagraph(doc, 'facts', text);
  return { doc, editor: editorOn(doc) };
}

describe('typed characters', () => {
  it('go into the document and its Yjs fragment without the browser inserting them', () => {
    const { doc, editor } = typedFile('信访人反映');
    editor.commands.setTextSelection(3); // after 信访
    for (const key of 'abc') expect(press(editor, key)).toBe(true);
    expect(readSectionText(doc, 'facts')).toBe('信访abc人反映');
    expect(editor.state.selection.from).toBe(6);
  });

  it('replace a selection inside one paragraph', () => {
    const { doc, editor } = typedFile('信访人反映');
    editor.commands.setTextSelection({ from: 1, to: 3 });
    expect(press(editor, 'X')).toBe(true);
    expect(readSectionText(doc, 'facts')).toBe('X人反映');
  });

  it('carry the marks switched on at the caret', () => {
    const { editor } = typedFile('信访');
    editor.commands.setTextSelection(3);
    editor.commands.toggleBold();
    press(editor, 'b');
    const typed = editor.state.doc.firstChild?.lastChild;
    expect(typed?.text).toBe('b');
    expect(typed?.marks.map((mark) => mark.type.name)).toEqual(['bold']);
  });

  it('still run input rules (a line starting with "# " becomes a heading)', () => {
    const { editor } = typedFile('');
    editor.commands.setTextSelection(1);
    press(editor, '#');
    press(editor, ' ');
    expect(editor.state.doc.firstChild?.type.name).toBe('heading');
  });

  it('leave Enter, shortcuts and composition to their own handlers', () => {
    const { doc, editor } = typedFile('信访');
    editor.commands.setTextSelection(2);
    expect(press(editor, 'Enter', { charCode: 13 })).toBe(false);
    expect(press(editor, 'b', { ctrlKey: true })).toBe(false);
    expect(press(editor, 'a', { isComposing: true })).toBe(false);
    expect(readSectionText(doc, 'facts')).toBe('信访');
  });
});
