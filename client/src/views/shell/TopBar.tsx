import { roleLabels } from '@lianban/case-model';
import { type JSX, Show } from 'solid-js';
import { label, t } from '../../i18n/i18n.ts';
import { Link } from '../../router/Link.tsx';
import { me, signOut } from '../../session/session.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { SyncIndicator } from './SyncIndicator.tsx';

/** The top bar: product, navigation, sync status, the user (name, unit, role), language, sign-out. */
export function TopBar(): JSX.Element {
  return (
    <header class="top-bar">
      <div class="top-bar__brand">
        <Link href="/" class="brand">
          <span class="brand__mark" aria-hidden="true">
            联
          </span>
          <span class="brand__name">{t('app.name')}</span>
        </Link>
        <nav aria-label={t('shell.nav')}>
          <Link href="/" class="top-bar__nav-link">
            {t('shell.cases')}
          </Link>
        </nav>
      </div>
      <div class="top-bar__tools">
        <SyncIndicator />
        <Show when={me()}>
          {(user) => (
            <div class="user-card">
              <span class="user-card__name">
                <span class="visually-hidden">{t('shell.account')} </span>
                {user().displayName}
              </span>
              <span class="user-card__meta">
                {user().unitName ?? user().unitId} · {label(roleLabels[user().role])}
              </span>
            </div>
          )}
        </Show>
        <LanguageSwitch />
        <button type="button" class="button button--quiet" onClick={() => void signOut()}>
          {t('shell.logout')}
        </button>
      </div>
    </header>
  );
}
