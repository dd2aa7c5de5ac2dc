import { type CommandType, commandLabels } from '@lianban/case-model';
import { For, type JSX, Show } from 'solid-js';
import { dateTime, label, t } from '../../i18n/i18n.ts';
import type { OutboxEntry } from '../../offline/outboxTypes.ts';
import { Link } from '../../router/Link.tsx';
import { dismissAct, outboxEntries } from '../../sync/outboxStore.ts';

const actName = (entry: OutboxEntry) =>
  label(
    commandLabels[entry.command.type as CommandType] ?? {
      zh: entry.command.type,
      en: entry.command.type,
    },
  );

/**
 * Acts the server refused, on every page until the user dismisses them: which act, on which
 * case, and the server's reason in the interface language. Each is announced as an alert.
 */
export function OutboxNotices(): JSX.Element {
  const refused = () => outboxEntries().filter((entry) => entry.status === 'refused');
  return (
    <Show when={refused().length > 0}>
      <section class="page-notice outbox-refusals" aria-label={t('outbox.refusedRegion')}>
        <For each={refused()}>
          {(entry) => (
            <div
              class="notice notice--danger outbox-refusal"
              role="alert"
              data-testid="outbox-refusal"
              data-case={entry.caseId}
              data-act={entry.command.type}
            >
              <p class="outbox-refusal__title">
                {t('outbox.refusedTitle', { act: actName(entry), caseId: entry.caseId })}
              </p>
              <p class="outbox-refusal__reason">
                {entry.reason
                  ? label(entry.reason)
                  : t('outbox.refusedCode', { code: entry.code ?? '?' })}
              </p>
              <p class="outbox-refusal__meta">
                {t('outbox.queuedAt', { time: dateTime(entry.queuedAt) })}
              </p>
              <div class="button-row">
                <Link href={`/cases/${entry.caseId}`}>{t('outbox.openCase')}</Link>
                <button
                  type="button"
                  class="button button--small"
                  onClick={() => void dismissAct(entry.id)}
                >
                  {t('outbox.dismiss')}
                </button>
              </div>
            </div>
          )}
        </For>
      </section>
    </Show>
  );
}
