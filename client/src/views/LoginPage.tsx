import { createSignal, type JSX, Show } from 'solid-js';
import type { ApiFailure } from '../api/types.ts';
import { label, t } from '../i18n/i18n.ts';
import { sessionExpired, signIn } from '../session/session.ts';
import { LanguageSwitch } from './shell/LanguageSwitch.tsx';

/** The sign-in page: username and password, errors announced, language switch. */
export function LoginPage(): JSX.Element {
  const [username, setUsername] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<ApiFailure | null>(null);

  const message = () => {
    const error = failure();
    if (!error) return '';
    if (error.code === 'network') return t('login.network');
    return error.message ? label(error.message) : t('login.failed');
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    setBusy(true);
    setFailure(null);
    const result = await signIn(username().trim(), password());
    setBusy(false);
    if (result) {
      setFailure(result);
      setPassword('');
    }
  };

  return (
    <div class="login">
      <div class="login__language">
        <LanguageSwitch />
      </div>
      <main id="main" class="login__card">
        <div class="login__brand">
          <span class="brand__mark brand__mark--large" aria-hidden="true">
            联
          </span>
          <div>
            <h1 class="login__title">{t('login.title')}</h1>
            <p class="login__tagline">{t('app.tagline')}</p>
          </div>
        </div>
        <Show when={sessionExpired()}>
          <p class="notice notice--warning login__notice" role="status">
            {t('shell.sessionExpired')}
          </p>
        </Show>
        <form class="login__form" onSubmit={submit} aria-describedby="login-error">
          <label class="field">
            <span class="field__label">{t('login.username')}</span>
            <input
              name="username"
              autocomplete="username"
              required
              maxLength={64}
              value={username()}
              onInput={(event) => setUsername(event.currentTarget.value)}
            />
          </label>
          <label class="field">
            <span class="field__label">{t('login.password')}</span>
            <input
              name="password"
              type="password"
              autocomplete="current-password"
              required
              maxLength={256}
              value={password()}
              onInput={(event) => setPassword(event.currentTarget.value)}
            />
          </label>
          <p id="login-error" class="form-error" role="alert">
            <Show when={failure()}>{message()}</Show>
          </p>
          <button type="submit" class="button button--primary button--block" disabled={busy()}>
            {busy() ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
