import { type JSX, Show } from 'solid-js';
import { t } from '../../i18n/i18n.ts';
import { UpdatePrompt } from '../../pwa/UpdatePrompt.tsx';
import { sessionState } from '../../session/session.ts';
import { OutboxNotices } from './OutboxNotices.tsx';
import { TopBar } from './TopBar.tsx';

/** The signed-in layout: skip link, top bar, notices and the page. */
export function AppShell(props: { children: JSX.Element }): JSX.Element {
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <TopBar />
      <UpdatePrompt />
      <OutboxNotices />
      <Show when={sessionState() === 'offline'}>
        <p class="notice notice--info page-notice" role="status">
          {t('shell.offlineSession')}
        </p>
      </Show>
      <main id="main" class="page" tabIndex={-1}>
        {props.children}
      </main>
    </>
  );
}
