import { createEffect, type JSX, Match, Switch } from 'solid-js';
import { locale, t } from './i18n/i18n.ts';
import { currentPath, matchRoute, navigate } from './router/router.ts';
import { me, sessionState } from './session/session.ts';
import { CasePage } from './views/case/CasePage.tsx';
import { CaseListPage } from './views/caseList/CaseListPage.tsx';
import { InboxPage } from './views/inbox/InboxPage.tsx';
import { LoginPage } from './views/LoginPage.tsx';
import { NotFoundPage } from './views/NotFoundPage.tsx';
import { RegisterPage } from './views/register/RegisterPage.tsx';
import { AppShell } from './views/shell/AppShell.tsx';

/** The app: the sign-in page until a session exists, then the shell with the routed page. */
export function App(): JSX.Element {
  const route = () => matchRoute(currentPath());
  const caseId = () => {
    const current = route();
    return current.name === 'case' ? current.caseId : null;
  };
  const signedIn = () => sessionState() === 'online' || sessionState() === 'offline';

  createEffect(() => {
    document.documentElement.lang = locale();
    document.title = t('app.name');
  });
  // Leave /login once signed in; the page a user asked for is kept otherwise.
  createEffect(() => {
    if (signedIn() && route().name === 'login') navigate('/', { replace: true });
  });

  return (
    <Switch>
      <Match when={sessionState() === 'checking'}>
        <p class="splash" role="status">
          {t('app.name')}
        </p>
      </Match>
      <Match when={!signedIn()}>
        <LoginPage />
      </Match>
      <Match when={me()}>
        {(user) => (
          <AppShell>
            <Switch fallback={<NotFoundPage />}>
              <Match when={route().name === 'inbox' || route().name === 'login'}>
                <InboxPage />
              </Match>
              <Match when={route().name === 'cases'}>
                <CaseListPage />
              </Match>
              <Match when={route().name === 'register'}>
                <RegisterPage me={user()} />
              </Match>
              <Match when={caseId()} keyed>
                {(id) => <CasePage caseId={id} me={user()} />}
              </Match>
            </Switch>
          </AppShell>
        )}
      </Match>
    </Switch>
  );
}
