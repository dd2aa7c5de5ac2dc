import { Editor, type Extensions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import StarterKit from '@tiptap/starter-kit';
import { afterEach } from 'vitest';
import type * as Y from 'yjs';

/**
 * For DOM tests (happy-dom): call at the top of a test file; returns a maker of editors bound to
 * a section fragment of a document, as the section editor is (StarterKit without its history,
 * Collaboration), plus `extensions`. Every editor it made is destroyed after each test.
 */
export function useTestEditors(): (doc: Y.Doc, section: string, extensions?: Extensions) => Editor {
  const editors: Editor[] = [];
  afterEach(() => {
    for (const editor of editors.splice(0)) editor.destroy();
  });
  return (doc, section, extensions = []) => {
    const element = document.createElement('div');
    document.body.append(element);
    const editor = new Editor({
      element,
      extensions: [
        StarterKit.configure({ undoRedo: false }),
        Collaboration.configure({ fragment: doc.getXmlFragment(section) }),
        ...extensions,
      ],
    });
    editors.push(editor);
    return editor;
  };
}
