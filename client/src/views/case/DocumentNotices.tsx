import { type JSX, Show } from 'solid-js';
import { t } from '../../i18n/i18n.ts';
import { discardLocalCopy } from '../../sync/documentRegistry.ts';
import type { SyncedDocument } from '../../sync/openSyncedDocument.ts';

function closeReason(code: number): string {
  if (code === 4401) return t('close.4401');
  if (code === 4403) return t('close.4403');
  if (code === 4413) return t('close.4413');
  return t('close.other', { code });
}

/** What the server said about one document: refused writes, or a final close. */
export function DocumentNotices(props: { document: SyncedDocument; name: string }): JSX.Element {
  return (
    <>
      <Show when={props.document.denied()}>
        <div class="notice notice--warning page-notice--inline" role="alert">
          <span>{t('case.deniedNotice', { document: props.name })}</span>
          <button
            type="button"
            class="button button--small"
            onClick={() => void discardLocalCopy(props.document.room)}
          >
            {t('case.discard')}
          </button>
        </div>
      </Show>
      <Show when={props.document.closed()}>
        {(closed) => (
          <p class="notice notice--danger" role="alert">
            {t('case.closed', { document: props.name, reason: closeReason(closed().code) })}
          </p>
        )}
      </Show>
    </>
  );
}
