import type { DecorationAttrs } from '@tiptap/pm/view';
import { safeColor } from './userColor.ts';

/** Who a caret belongs to, as shared through awareness (`user` field). */
export interface CaretUser {
  readonly userId: string;
  readonly name: string;
  readonly unitId: string;
  /** The unit's display name. */
  readonly unit: string;
  readonly color: string;
}

const text = (value: unknown, max = 40): string =>
  typeof value === 'string' ? value.slice(0, max) : '';

/**
 * Another editor's caret with a label "name · unit". Awareness comes from peers, so every
 * value is treated as untrusted: text content only, colours checked.
 */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = safeColor(user.color);
  const caret = document.createElement('span');
  caret.className = 'collab-caret';
  // Inside the editable text a label would be read out as part of it; the page's presence list
  // names who is editing instead.
  caret.setAttribute('aria-hidden', 'true');
  caret.contentEditable = 'false';
  caret.style.borderColor = color;
  const label = document.createElement('span');
  label.className = 'collab-caret__label';
  label.style.backgroundColor = color;
  const unit = text(user.unit);
  label.textContent = unit ? `${text(user.name)} · ${unit}` : text(user.name);
  caret.append(label);
  return caret;
}

/** Another editor's selection, tinted with their colour. */
export function renderSelection(user: Record<string, unknown>): DecorationAttrs {
  return {
    nodeName: 'span',
    class: 'collab-selection',
    style: `background-color: ${safeColor(user.color)}33`,
  };
}
