import { type JSX, Show } from 'solid-js';
import { t } from '../../i18n/i18n.ts';
import { Link } from '../../router/Link.tsx';
import { refusedCaseId, syncStatus } from '../../sync/syncStatus.ts';

/**
 * The device's sync status: 离线（N 条待同步） / 同步中 / 已同步 / N 处修改未被接受, announced
 * politely; refused changes link to the case whose page says why and offers to discard them.
 */
export function SyncIndicator(): JSX.Element {
  const text = () => {
    const status = syncStatus();
    if (status.kind === 'offline') return t('sync.offline', { count: status.pending });
    if (status.kind === 'refused') return t('sync.refused', { count: status.pending });
    return status.kind === 'syncing' ? t('sync.syncing') : t('sync.synced');
  };
  const detail = () => t(`sync.detail.${syncStatus().kind}`);
  return (
    <div
      class={`sync-indicator sync-indicator--${syncStatus().kind}`}
      role="status"
      aria-live="polite"
      title={detail()}
      data-testid="sync-status"
    >
      <span class="sync-indicator__dot" aria-hidden="true" />
      <span>{text()}</span>
      <span class="visually-hidden">{detail()}</span>
      <Show when={syncStatus().kind === 'refused' && refusedCaseId()}>
        {(caseId) => (
          <Link href={`/cases/${caseId()}`} class="sync-indicator__link">
            {t('sync.showRefused')}
          </Link>
        )}
      </Show>
    </div>
  );
}
