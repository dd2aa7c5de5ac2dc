import { opinionFragment } from '@lianban/case-model';
import type { Editor } from '@tiptap/core';
import { createEffect, type JSX, on, onCleanup, onMount } from 'solid-js';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { createSectionEditor } from '../../../editor/createSectionEditor.ts';
import type { CaretUser } from '../../../editor/renderCaret.ts';

const noHighlights = { highlights: () => [], active: () => null, onActivate: () => {} };

/** A Tiptap editor bound to a unit document's `opinion` fragment (会签意见), like a case-file section. */
export function OpinionEditor(props: {
  doc: Y.Doc;
  awareness: Awareness;
  user: CaretUser;
  readOnly: boolean;
  label: string;
  onFocus?: () => void;
}): JSX.Element {
  let host!: HTMLDivElement;
  let editor: Editor | undefined;
  onMount(() => {
    editor = createSectionEditor({
      element: host,
      fragment: opinionFragment(props.doc),
      awareness: props.awareness,
      user: props.user,
      label: () => props.label,
      readOnly: () => props.readOnly,
      highlights: noHighlights,
    });
  });
  createEffect(
    on(
      () => props.readOnly,
      (readOnly) => editor?.setEditable(!readOnly),
      { defer: true },
    ),
  );
  onCleanup(() => editor?.destroy());
  return <div class="section-editor" ref={host} onFocusIn={() => props.onFocus?.()} />;
}
