import { type Label, labelFor } from '@lianban/case-model';
import { createRoot, createSignal } from 'solid-js';
import { formatCivilDate, formatDate, formatDateTime } from './formatDate.ts';
import { isLocale, type Locale, type MessageParams, translate } from './translate.ts';
import type { MessageKey } from './zhCN.ts';

const storageKey = 'lianban.locale';

function initialLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage may be unavailable (private mode): the default applies.
  }
  return 'zh-CN';
}

const [locale, setLocaleSignal] = createRoot(() => createSignal<Locale>(initialLocale()));

/** The current interface language (reactive). */
export { locale };

/** Switches the interface language, remembers it on this device and updates `<html lang>`. */
export function setLocale(next: Locale): void {
  setLocaleSignal(next);
  try {
    globalThis.localStorage?.setItem(storageKey, next);
  } catch {
    // Not remembered; the switch still applies to this page.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

/** An interface string in the current language (reactive when read in a tracking scope). */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(locale(), key, params);
}

/** A case-model label in the current language. */
export function label(value: Label): string {
  return labelFor(value, locale());
}

/** Date and time in Asia/Shanghai in the current language. */
export const dateTime = (instant: string | Date): string => formatDateTime(instant, locale());

/** Date in Asia/Shanghai in the current language. */
export const date = (instant: string | Date): string => formatDate(instant, locale());

/** A civil date ('YYYY-MM-DD') in the current language. */
export const civilDate = (civil: string): string => formatCivilDate(civil, locale());
