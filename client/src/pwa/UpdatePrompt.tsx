import { type JSX, Show } from 'solid-js';
import { t } from '../i18n/i18n.ts';
import { pendingTotal } from '../sync/syncStatus.ts';
import { dismissPrompts, installUpdate, offlineReady, updateReady } from './serviceWorker.ts';

/** Offers a waiting app update; refuses to reload while local changes are unconfirmed. */
export function UpdatePrompt(): JSX.Element {
  const blocked = () => pendingTotal() > 0;
  return (
    <>
      <Show when={updateReady()}>
        <div class="notice notice--info toast" role="alert">
          <span>{t('update.available')}</span>
          <Show when={blocked()}>
            <span>{t('update.blocked', { count: pendingTotal() })}</span>
          </Show>
          <button
            type="button"
            class="button button--primary button--small"
            disabled={blocked()}
            onClick={installUpdate}
          >
            {t('update.reload')}
          </button>
          <button type="button" class="button button--small" onClick={dismissPrompts}>
            {t('update.later')}
          </button>
        </div>
      </Show>
      <Show when={offlineReady() && !updateReady()}>
        <div class="notice notice--success toast" role="status">
          <span>{t('update.offlineReady')}</span>
          <button type="button" class="button button--small" onClick={dismissPrompts}>
            {t('update.dismiss')}
          </button>
        </div>
      </Show>
    </>
  );
}
