import type { Anchor, RelativePositionJson } from '@lianban/case-model';
import type { EditorState } from '@tiptap/pm/state';
import { relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

type Binding = {
  doc: Y.Doc;
  type: Y.XmlFragment;
  mapping: Parameters<typeof relativePositionToAbsolutePosition>[3];
};

function toProseMirror(binding: Binding, json: RelativePositionJson): number | null {
  const relative = Y.createRelativePositionFromJSON(json);
  const { doc, type, mapping } = binding;
  const direct = relativePositionToAbsolutePosition(doc, type, relative, mapping);
  if (direct !== null || relative.item === null) return direct;
  // y-tiptap discards every item position that lands on the section's very first character
  // (a guard against drag-and-drop misresolution); the same place as a type position is kept.
  const absolute = Y.createAbsolutePositionFromRelativePosition(relative, doc);
  if (!absolute || !(absolute.type instanceof Y.XmlText) || absolute.index !== 0) return null;
  const atStart = Y.createRelativePositionFromTypeIndex(absolute.type, 0, -1);
  return relativePositionToAbsolutePosition(doc, type, atStart, mapping);
}

/**
 * Where an anchor lies in the editor's document, or null when it does not resolve here: the
 * range was deleted (collapsed), its text is in another section, or has not arrived yet.
 */
export function resolveEditorAnchor(
  state: EditorState,
  anchor: Anchor,
): { from: number; to: number } | null {
  const binding = ySyncPluginKey.getState(state)?.binding as Binding | undefined;
  if (!binding) return null;
  try {
    const from = toProseMirror(binding, anchor.start);
    const to = toProseMirror(binding, anchor.end);
    if (from === null || to === null || from >= to) return null;
    if (from < 0 || to > state.doc.content.size) return null;
    return { from, to };
  } catch {
    // A position the binding cannot map yet (mid-render) is simply not shown this time.
    return null;
  }
}
