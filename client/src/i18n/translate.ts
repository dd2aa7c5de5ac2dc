import type { Locale } from '@lianban/case-model';
import { en } from './en.ts';
import { type MessageKey, zhCN } from './zhCN.ts';

export type { Locale };

/** The interface languages, default first. */
export const locales: readonly Locale[] = ['zh-CN', 'en'];

/** Values substituted for `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

const catalogues: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

/**
 * The interface string for a key in a locale, with `{name}` placeholders filled in. A missing
 * parameter leaves its placeholder visible rather than printing "undefined".
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = catalogues[locale]?.[key] ?? zhCN[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}

/** Whether a value names a supported locale (for values read from storage). */
export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}
