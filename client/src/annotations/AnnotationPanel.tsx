import type { Anchor } from '@lianban/case-model';
import { createMemo, createSignal, For, type JSX, Show } from 'solid-js';
import { t } from '../i18n/i18n.ts';
import { AnnotationThread } from './AnnotationThread.tsx';
import type { AnnotationActions } from './annotationActions.ts';
import type { AnnotationView } from './createAnnotationsSignal.ts';
import { NewAnnotationForm } from './NewAnnotationForm.tsx';

/** Props of {@link AnnotationPanel}. */
export interface AnnotationPanelProps {
  readonly annotations: readonly AnnotationView[];
  readonly draft: Anchor | null;
  readonly active: string | null;
  readonly actions: AnnotationActions;
  readonly unitName: (unitId: string) => string;
  readonly onActivate: (id: string) => void;
  readonly onShow: (id: string) => void;
  readonly onDraftDone: (id: string | null) => void;
}

/** The side panel of annotation threads: a new one being written, open ones, resolved ones. */
export function AnnotationPanel(props: AnnotationPanelProps): JSX.Element {
  const [showResolved, setShowResolved] = createSignal(false);
  const byId = createMemo(() => new Map(props.annotations.map((item) => [item.id, item])));
  // Threads are listed by id so a thread keeps its component (and an open reply) across updates.
  const open = () => props.annotations.filter((item) => !item.resolved).map((item) => item.id);
  const resolved = () => props.annotations.filter((item) => item.resolved).map((item) => item.id);
  const thread = (id: string) => (
    <Show when={byId().get(id)}>
      {(annotation) => (
        <AnnotationThread
          annotation={annotation()}
          active={props.active === id}
          actions={props.actions}
          unitName={props.unitName}
          onActivate={props.onActivate}
          onShow={props.onShow}
        />
      )}
    </Show>
  );

  return (
    <aside class="annotation-panel" aria-labelledby="annotation-panel-title">
      <h2 id="annotation-panel-title" class="panel-title">
        {t('annot.panel')}
        <span class="panel-title__count">{open().length}</span>
      </h2>
      <Show when={props.draft} keyed>
        {(anchor) => (
          <NewAnnotationForm
            anchor={anchor}
            onSave={(body) => props.onDraftDone(props.actions.add(anchor, body))}
            onCancel={() => props.onDraftDone(null)}
          />
        )}
      </Show>
      <Show when={open().length === 0 && !props.draft}>
        <p class="empty-note">{t('annot.empty')}</p>
      </Show>
      <div class="annotation-list">
        <For each={open()}>{thread}</For>
      </div>
      <Show when={resolved().length > 0}>
        <button
          type="button"
          class="button button--link"
          aria-expanded={showResolved()}
          onClick={() => setShowResolved(!showResolved())}
        >
          {showResolved()
            ? t('annot.hideResolved')
            : t('annot.showResolved', { count: resolved().length })}
        </button>
        <Show when={showResolved()}>
          <div class="annotation-list">
            <For each={resolved()}>{thread}</For>
          </div>
        </Show>
      </Show>
    </aside>
  );
}
