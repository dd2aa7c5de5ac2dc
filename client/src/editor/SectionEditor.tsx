import type { Section } from '@lianban/case-model';
import type { Editor } from '@tiptap/core';
import { createEffect, type JSX, on, onCleanup, onMount } from 'solid-js';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { type HighlightSource, refreshHighlights } from './annotationHighlights.ts';
import { createSectionEditor } from './createSectionEditor.ts';
import type { CaretUser } from './renderCaret.ts';

/** Props of {@link SectionEditor}; `doc`, `awareness`, `user` and `section` are read once. */
export interface SectionEditorProps {
  readonly section: Section;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly user: CaretUser;
  readonly readOnly: boolean;
  readonly label: string;
  readonly highlights: HighlightSource;
  /** Changes whenever the highlights should be rebuilt (annotations, active thread). */
  readonly highlightVersion: unknown;
  readonly onSelectionChange?: (editor: Editor) => void;
  readonly onReady?: (editor: Editor) => void;
}

/**
 * A Solid wrapper over one Tiptap editor. The editor is created once on mount and destroyed on
 * cleanup; later prop changes are applied to it (editable, label, highlights), never by
 * recreating it, so the Yjs binding and the undo history survive.
 */
export function SectionEditor(props: SectionEditorProps): JSX.Element {
  let host!: HTMLDivElement;
  let editor: Editor | undefined;

  onMount(() => {
    editor = createSectionEditor({
      element: host,
      fragment: props.doc.getXmlFragment(props.section),
      awareness: props.awareness,
      user: props.user,
      label: () => props.label,
      readOnly: () => props.readOnly,
      highlights: props.highlights,
      onSelectionChange: (current) => props.onSelectionChange?.(current),
    });
    props.onReady?.(editor);
  });

  createEffect(
    on(
      () => props.readOnly,
      (readOnly) => editor?.setEditable(!readOnly),
      { defer: true },
    ),
  );
  createEffect(
    on(
      () => [props.highlightVersion, props.label],
      () => {
        if (editor && !editor.isDestroyed) refreshHighlights(editor.view);
      },
      { defer: true },
    ),
  );
  onCleanup(() => editor?.destroy());

  return <div class="section-editor" ref={host} />;
}
