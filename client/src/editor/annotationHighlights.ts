import type { Anchor } from '@lianban/case-model';
import { Extension } from '@tiptap/core';
import { type EditorState, Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { whenIdle } from '../timing/whenIdle.ts';
import { resolveEditorAnchor } from './resolveEditorAnchor.ts';

/** An annotation as the highlights need it. */
export interface Highlight {
  readonly id: string;
  readonly anchor: Anchor;
  readonly resolved: boolean;
}

/** Where the highlights come from and where a click on one goes. Read at every rebuild. */
export interface HighlightSource {
  highlights(): readonly Highlight[];
  active(): string | null;
  onActivate(id: string): void;
}

interface HighlightState {
  readonly decorations: DecorationSet;
  /** Mapped through local edits since the last build, so not yet checked against the anchors. */
  readonly mapped: boolean;
}

const key = new PluginKey<HighlightState>('annotationHighlights');

/** Rebuilds the highlights of a view (after the annotations or the active one changed). */
export function refreshHighlights(view: EditorView): void {
  if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(key, true));
}

function build(state: EditorState, source: HighlightSource): DecorationSet {
  const active = source.active();
  const decorations: Decoration[] = [];
  for (const highlight of source.highlights()) {
    if (highlight.resolved && highlight.id !== active) continue;
    const range = resolveEditorAnchor(state, highlight.anchor);
    if (!range) continue;
    const classes = ['annotation-mark'];
    if (highlight.id === active) classes.push('is-active');
    if (highlight.resolved) classes.push('is-resolved');
    const className = classes.join(' ');
    decorations.push(
      Decoration.inline(
        range.from,
        range.to,
        { class: className, 'data-annotation-id': highlight.id },
        { highlight: `${highlight.id} ${className}` },
      ),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

function sameHighlights(a: DecorationSet, b: DecorationSet): boolean {
  const list = (set: DecorationSet) =>
    set
      .find()
      .map((decoration) => `${decoration.from}-${decoration.to} ${decoration.spec.highlight}`)
      .sort();
  const left = list(a);
  const right = list(b);
  return left.length === right.length && left.every((item, i) => item === right[i]);
}

/**
 * Highlights annotated ranges as decorations. Anchors are Yjs relative positions, resolved
 * against the document through the Yjs binding, which walks the document: on a file of
 * hundreds of pages that is too slow for every keystroke. So the set is built from the anchors
 * on request and when the document changes through Yjs (a peer's edit, an undo: the binding
 * replaces the whole document, which no mapping survives), and a local edit only maps it (text
 * typed at a highlight's edges stays outside, as the anchors keep it). Once the browser is idle
 * after local edits, the mapped set is checked against the anchors and replaced if they differ.
 */
export const AnnotationHighlights = Extension.create<{ source: HighlightSource | null }>({
  name: 'annotationHighlights',
  addOptions: () => ({ source: null }),
  addProseMirrorPlugins() {
    const source = this.options.source;
    if (!source) return [];
    return [
      new Plugin<HighlightState>({
        key,
        state: {
          init: (_config, state) => ({ decorations: build(state, source), mapped: false }),
          apply(tr, old, _before, after) {
            const request = tr.getMeta(key) as DecorationSet | true | undefined;
            if (request instanceof DecorationSet) return { decorations: request, mapped: false };
            if (request || tr.getMeta(ySyncPluginKey)) {
              return { decorations: build(after, source), mapped: false };
            }
            if (!tr.docChanged) return old;
            return { decorations: old.decorations.map(tr.mapping, tr.doc), mapped: true };
          },
        },
        props: {
          decorations: (state) => key.getState(state)?.decorations,
          handleClick(_view, _pos, event) {
            const target = event.target instanceof Element ? event.target : null;
            const id = target?.closest('[data-annotation-id]')?.getAttribute('data-annotation-id');
            if (id) source.onActivate(id);
            return false;
          },
        },
        view: () => {
          let cancel: (() => void) | undefined;
          // A mapped set found equal to the anchors' (no transaction is spent marking it so).
          let checked: HighlightState | undefined;
          // The binding has written a local edit to Yjs by the time the view updates, so the
          // anchors resolve against the same text the view shows.
          const check = (view: EditorView) => {
            cancel = undefined;
            const current = key.getState(view.state);
            if (view.isDestroyed || !current?.mapped) return;
            const rebuilt = build(view.state, source);
            if (sameHighlights(rebuilt, current.decorations)) checked = current;
            else view.dispatch(view.state.tr.setMeta(key, rebuilt));
          };
          return {
            update(view) {
              const current = key.getState(view.state);
              if (cancel || !current?.mapped || current === checked) return;
              cancel = whenIdle(() => check(view));
            },
            destroy: () => cancel?.(),
          };
        },
      }),
    ];
  },
});
