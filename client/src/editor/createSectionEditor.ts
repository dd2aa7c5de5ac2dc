import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import StarterKit from '@tiptap/starter-kit';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { AnnotationHighlights, type HighlightSource } from './annotationHighlights.ts';
import { caretAwareness } from './caretAwareness.ts';
import { type CaretUser, renderCaret, renderSelection } from './renderCaret.ts';
import { SectionAttributes } from './sectionAttributes.ts';
import { TypedCharacters } from './typedCharacters.ts';

/** What a section editor is made of. Read once: changing them means a new editor. */
export interface SectionEditorOptions {
  readonly element: HTMLElement;
  readonly fragment: Y.XmlFragment;
  readonly awareness: Awareness;
  readonly user: CaretUser;
  /** Read whenever the view updates, so language and access changes show. */
  readonly label: () => string;
  readonly readOnly: () => boolean;
  readonly highlights: HighlightSource;
  readonly onSelectionChange?: (editor: Editor) => void;
}

/**
 * A Tiptap editor bound to one section fragment of the `file` document: StarterKit without its
 * own history (Yjs undo replaces it), Collaboration on the fragment, carets of other editors
 * with name and unit from awareness (seen through {@link caretAwareness}, so typing does not
 * pay for carets), the annotation highlights, and typed characters inserted without the
 * browser's own (slow in long sections) text insertion.
 */
export function createSectionEditor(options: SectionEditorOptions): Editor {
  return new Editor({
    element: options.element,
    editable: !options.readOnly(),
    injectCSS: false,
    extensions: [
      StarterKit.configure({ undoRedo: false, link: { openOnClick: false } }),
      Collaboration.configure({ fragment: options.fragment }),
      CollaborationCaret.configure({
        // The caret extension only reads `provider.awareness`.
        provider: { awareness: caretAwareness(options.awareness) },
        user: { ...options.user },
        render: renderCaret,
        selectionRender: renderSelection,
      }),
      AnnotationHighlights.configure({ source: options.highlights }),
      SectionAttributes.configure({ label: options.label, readOnly: options.readOnly }),
      TypedCharacters,
    ],
    onSelectionUpdate: ({ editor }) => options.onSelectionChange?.(editor),
    onBlur: ({ editor }) => options.onSelectionChange?.(editor),
  });
}
