import type { Anchor, PositionId, RelativePositionJson, Section } from '@lianban/case-model';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { type EditorState, TextSelection } from '@tiptap/pm/state';
import { absolutePositionToRelativePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

/**
 * Narrows [from, to) so it starts and ends inside text: a selection that begins at the end of
 * a paragraph or ends at the start of one would otherwise anchor to the paragraph break.
 */
export function narrowToText(doc: ProseMirrorNode, from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (
    start < end &&
    doc.resolve(start).parentOffset === doc.resolve(start).parent.content.size
  ) {
    const next = TextSelection.findFrom(
      doc.resolve(Math.min(start + 1, doc.content.size)),
      1,
      true,
    );
    if (!next || next.from <= start) break;
    start = next.from;
  }
  while (end > start && doc.resolve(end).parentOffset === 0) {
    const previous = TextSelection.findFrom(doc.resolve(Math.max(end - 1, 0)), -1, true);
    if (!previous || previous.to >= end) break;
    end = previous.to;
  }
  return [start, end];
}

/** The text of [from, to) in the flat model of case-model: textblocks joined with '\n'. */
export function quoteOf(doc: ProseMirrorNode, from: number, to: number): string {
  const lines: string[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isTextblock) return true;
    const start = Math.max(from, pos + 1);
    const end = Math.min(to, pos + 1 + node.content.size);
    lines.push(doc.textBetween(start, Math.max(start, end), '', ''));
    return false;
  });
  return lines.join('\n');
}

const toId = (id: Y.ID): PositionId => ({ client: id.client, clock: id.clock });

function toJson(position: Y.RelativePosition): RelativePositionJson | null {
  // A position on the root fragment itself cannot be stored in case-model's anchor shape.
  if (position.type === null) return null;
  const type = toId(position.type);
  return position.item === null
    ? { type, assoc: position.assoc }
    : { type, item: toId(position.item), assoc: position.assoc };
}

/**
 * Anchors the editor's selection as case-model does: a start that sticks to the first selected
 * character (assoc 0), an end that sticks to the last one (assoc -1, as y-tiptap makes it), and
 * the quote. Returns null for an empty selection or one that cannot be anchored.
 */
export function createEditorAnchor(state: EditorState, section: Section): Anchor | null {
  const binding = ySyncPluginKey.getState(state)?.binding;
  if (!binding) return null;
  const [from, to] = narrowToText(state.doc, state.selection.from, state.selection.to);
  if (from >= to) return null;
  const fragment = binding.type as Y.XmlFragment;
  const endPosition = absolutePositionToRelativePosition(to, fragment, binding.mapping);
  const before = absolutePositionToRelativePosition(from, fragment, binding.mapping);
  const absolute = Y.createAbsolutePositionFromRelativePosition(before, binding.doc);
  // Re-make the start with assoc 0 so text typed just before the range stays outside it.
  const startPosition =
    absolute && absolute.type instanceof Y.XmlText
      ? Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, 0)
      : before;
  const start = toJson(startPosition);
  const end = toJson(endPosition);
  if (!start || !end) return null;
  return { section, start, end, quote: quoteOf(state.doc, from, to) };
}
