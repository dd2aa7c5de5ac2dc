import { type CommandType, commandLabels } from '@lianban/case-model';
import { For, type JSX, Show } from 'solid-js';
import { dateTime, label, t } from '../../../i18n/i18n.ts';
import type { OutboxEntry } from '../../../offline/outboxTypes.ts';

/** This case's acts stored on the device and not yet recorded by the server (待发送). */
export function CaseOutbox(props: { entries: readonly OutboxEntry[] }): JSX.Element {
  return (
    <Show when={props.entries.length > 0}>
      <section class="case-outbox" aria-labelledby="case-outbox-title" data-testid="case-outbox">
        <h3 id="case-outbox-title" class="case-outbox__title">
          {t('outbox.waiting', { count: props.entries.length })}
        </h3>
        <ul class="case-outbox__list">
          <For each={props.entries}>
            {(entry) => (
              <li data-status={entry.status}>
                <span class="badge badge--warning">{t('outbox.pending')}</span>{' '}
                {label(
                  commandLabels[entry.command.type as CommandType] ?? {
                    zh: entry.command.type,
                    en: entry.command.type,
                  },
                )}
                <span class="case-outbox__meta">
                  {' '}
                  · {dateTime(entry.queuedAt)}
                  <Show when={entry.attempts > 0}>
                    {' '}
                    · {t('outbox.attempts', { count: entry.attempts })}
                  </Show>
                </span>
              </li>
            )}
          </For>
        </ul>
        <p class="field__hint">{t('outbox.hint')}</p>
      </section>
    </Show>
  );
}
