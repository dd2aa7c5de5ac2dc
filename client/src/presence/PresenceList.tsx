import { For, type JSX, Show } from 'solid-js';
import { t } from '../i18n/i18n.ts';
import type { PresentUser } from './readPresence.ts';

/** Who else has the case file open ("name · unit"), for everyone, screen readers included. */
export function PresenceList(props: { users: PresentUser[] }): JSX.Element {
  return (
    <Show when={props.users.length > 0}>
      <section class="presence" aria-label={t('presence.label')}>
        <span class="presence__title">{t('presence.title')}</span>
        <ul class="presence__list">
          <For each={props.users}>
            {(user) => (
              <li class="presence__user">
                <span
                  class="presence__dot"
                  style={{ 'background-color': user.color }}
                  aria-hidden="true"
                />
                {user.unit ? `${user.name} · ${user.unit}` : user.name}
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
