import { Extension } from '@tiptap/core';
import { Plugin, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * Inserts a typed character through a ProseMirror transaction instead of letting the browser
 * insert it into the DOM first.
 *
 * For a caret inside one text block ProseMirror leaves a keypress to the browser and reads the
 * changed DOM back. In a long section (a case file of hundreds of pages is one contenteditable)
 * Chromium's own text insertion costs ~5 ms a key, more than the rest of the keystroke together;
 * ProseMirror setting the changed text node itself costs a fraction. Only plain keypresses take
 * this path: IME composition, dead keys and touch keyboards never fire a keypress with a
 * character, so they stay native. Input rules still run (`handleTextInput`), and stored marks
 * apply as for any inserted text.
 */
export function insertTypedCharacter(view: EditorView, event: KeyboardEvent): boolean {
  if (view.composing || event.isComposing || event.metaKey || (event.ctrlKey && !event.altKey)) {
    return false;
  }
  const text = event.key;
  // One printable character (a surrogate pair counts as one): not Enter, Tab or a named key.
  if ([...text].length !== 1 || /[\r\n\t]/.test(text)) return false;
  const selection = view.state.selection;
  if (!(selection instanceof TextSelection) || !selection.$from.sameParent(selection.$to)) {
    return false; // ProseMirror already handles these itself.
  }
  if (!selection.$from.parent.inlineContent) return false;
  const { from, to } = selection;
  const insert = () => view.state.tr.insertText(text, from, to).scrollIntoView();
  if (!view.someProp('handleTextInput', (handle) => handle(view, from, to, text, insert))) {
    view.dispatch(insert());
  }
  return true;
}

export const TypedCharacters = Extension.create({
  name: 'typedCharacters',
  addProseMirrorPlugins: () => [
    new Plugin({ props: { handleKeyPress: (view, event) => insertTypedCharacter(view, event) } }),
  ],
});
