import type { JSX } from 'solid-js';
import { t } from '../../i18n/i18n.ts';
import { syncStatus } from '../../sync/syncStatus.ts';

/** The device's sync status: 离线（N 条待同步） / 同步中 / 已同步, announced politely. */
export function SyncIndicator(): JSX.Element {
  const text = () => {
    const status = syncStatus();
    if (status.kind === 'offline') return t('sync.offline', { count: status.pending });
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
    </div>
  );
}
