import type { Anchor } from '@lianban/case-model';
import { Extension } from '@tiptap/core';
import { type EditorState, Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
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

const key = new PluginKey<DecorationSet>('annotationHighlights');

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
    decorations.push(
      Decoration.inline(range.from, range.to, {
        class: classes.join(' '),
        'data-annotation-id': highlight.id,
      }),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

/**
 * Highlights annotated ranges as decorations. Anchors are Yjs relative positions, so the set
 * is rebuilt from them whenever the document changes through Yjs (a peer's edit) or on request;
 * a local edit maps the old set first (Yjs learns of it only after the view updates) and
 * rebuilds right after.
 */
export const AnnotationHighlights = Extension.create<{ source: HighlightSource | null }>({
  name: 'annotationHighlights',
  addOptions: () => ({ source: null }),
  addProseMirrorPlugins() {
    const source = this.options.source;
    if (!source) return [];
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => build(state, source),
          apply(tr, old, _before, after) {
            if (tr.getMeta(key) || tr.getMeta(ySyncPluginKey)) return build(after, source);
            return tr.docChanged ? old.map(tr.mapping, tr.doc) : old;
          },
        },
        props: {
          decorations: (state) => key.getState(state),
          handleClick(_view, _pos, event) {
            const target = event.target instanceof Element ? event.target : null;
            const id = target?.closest('[data-annotation-id]')?.getAttribute('data-annotation-id');
            if (id) source.onActivate(id);
            return false;
          },
        },
        view: () => {
          let timer: ReturnType<typeof setTimeout> | undefined;
          return {
            update(view, previous) {
              if (view.state.doc === previous.doc || timer) return;
              timer = setTimeout(() => {
                timer = undefined;
                refreshHighlights(view);
              }, 0);
            },
            destroy: () => clearTimeout(timer),
          };
        },
      }),
    ];
  },
});
