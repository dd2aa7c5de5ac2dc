import { actRoles, roleLabels } from '@lianban/case-model';
import { type JSX, Show } from 'solid-js';
import { label, t } from '../../i18n/i18n.ts';
import { Link } from '../../router/Link.tsx';
import { currentPath, matchRoute, type Route } from '../../router/router.ts';
import { me, signOut } from '../../session/session.ts';
import { outboxWaiting } from '../../sync/outboxStore.ts';
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
        <nav aria-label={t('shell.nav')} class="top-bar__nav">
          <NavLink href="/" name="inbox">
            {t('shell.inbox')}
          </NavLink>
          <NavLink href="/cases" name="cases">
            {t('shell.cases')}
          </NavLink>
          <Show when={me() && actRoles.register.includes(me()!.role)}>
            <NavLink href="/register" name="register">
              {t('shell.register')}
            </NavLink>
          </Show>
        </nav>
      </div>
      <div class="top-bar__tools">
        <SyncIndicator />
        <Show when={outboxWaiting() > 0}>
          <span class="outbox-chip" role="status" data-testid="outbox-status">
            {t('outbox.chip', { count: outboxWaiting() })}
          </span>
        </Show>
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

/** A top-bar link, marked as the current page on its route. */
function NavLink(props: { href: string; name: Route['name']; children: JSX.Element }): JSX.Element {
  return (
    <Link
      href={props.href}
      class="top-bar__nav-link"
      current={matchRoute(currentPath()).name === props.name}
    >
      {props.children}
    </Link>
  );
}
