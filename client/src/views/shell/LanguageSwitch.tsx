import { For, type JSX } from 'solid-js';
import { locale, setLocale, t } from '../../i18n/i18n.ts';
import { locales } from '../../i18n/translate.ts';

/** Switches the interface language; each option is written in its own language. */
export function LanguageSwitch(): JSX.Element {
  return (
    <fieldset class="language-switch">
      <legend class="visually-hidden">{t('shell.language')}</legend>
      <For each={locales}>
        {(option) => (
          <button
            type="button"
            class="language-switch__option"
            lang={option}
            aria-pressed={locale() === option}
            onClick={() => setLocale(option)}
          >
            {t(option === 'en' ? 'language.en' : 'language.zh-CN')}
          </button>
        )}
      </For>
    </fieldset>
  );
}
