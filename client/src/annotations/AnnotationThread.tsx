import { sectionLabels } from '@lianban/case-model';
import { For, type JSX, Show } from 'solid-js';
import { dateTime, label, t } from '../i18n/i18n.ts';
import type { AnnotationActions } from './annotationActions.ts';
import type { AnnotationView } from './createAnnotationsSignal.ts';
import { ReplyForm } from './ReplyForm.tsx';

/** Props of {@link AnnotationThread}. */
export interface AnnotationThreadProps {
  readonly annotation: AnnotationView;
  readonly active: boolean;
  readonly actions: AnnotationActions;
  readonly unitName: (unitId: string) => string;
  readonly onActivate: (id: string) => void;
  readonly onShow: (id: string) => void;
}

/** One annotation thread: quote, comment, replies, and resolve or reopen. */
export function AnnotationThread(props: AnnotationThreadProps): JSX.Element {
  const a = () => props.annotation;
  const byline = (entry: { author: { name: string; unitId: string }; createdAt: string }) =>
    `${entry.author.name} · ${props.unitName(entry.author.unitId)} · ${dateTime(entry.createdAt)}`;
  const status = () => {
    const change = a().lastStatusChange;
    if (!change) return null;
    const params = { name: change.by.name, time: dateTime(change.at) };
    return change.action === 'resolve'
      ? t('annot.resolvedBy', params)
      : t('annot.reopenedBy', params);
  };

  return (
    <article
      class="annotation-thread"
      classList={{ 'is-active': props.active, 'is-resolved': a().resolved }}
      data-thread-id={a().id}
      aria-label={a().quote}
      onFocusIn={() => props.onActivate(a().id)}
    >
      <header class="annotation-thread__head">
        <span class="annotation-thread__where">{label(sectionLabels[a().section])}</span>
        <Show when={a().orphaned}>
          <span class="badge badge--warning">{t('annot.orphaned')}</span>
        </Show>
        <Show when={a().resolved}>
          <span class="badge badge--muted">{t('annot.resolved')}</span>
        </Show>
      </header>
      <blockquote class="annotation-quote" classList={{ 'is-orphaned': a().orphaned }}>
        {a().quote}
      </blockquote>
      <p class="annotation-body">{a().body}</p>
      <p class="annotation-meta">{byline(a())}</p>
      <Show when={a().replies.length > 0}>
        <ol
          class="annotation-replies"
          aria-label={t('annot.replies', { count: a().replies.length })}
        >
          <For each={a().replies}>
            {(reply) => (
              <li class="annotation-reply">
                <p class="annotation-body">{reply.body}</p>
                <p class="annotation-meta">{byline(reply)}</p>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show when={status()}>
        <p class="annotation-meta annotation-meta--status">{status()}</p>
      </Show>
      <div class="button-row">
        <ReplyForm threadId={a().id} onSend={(body) => props.actions.reply(a().id, body)} />
        <Show when={!a().orphaned}>
          <button type="button" class="button button--small" onClick={() => props.onShow(a().id)}>
            {t('annot.show')}
          </button>
        </Show>
        <Show
          when={a().resolved}
          fallback={
            <button
              type="button"
              class="button button--small"
              onClick={() => props.actions.resolve(a().id)}
            >
              {t('annot.resolve')}
            </button>
          }
        >
          <button
            type="button"
            class="button button--small"
            onClick={() => props.actions.reopen(a().id)}
          >
            {t('annot.reopen')}
          </button>
        </Show>
      </div>
    </article>
  );
}
