import type { Locale } from '@lianban/case-model';

/** Every date and time in the product is shown in China Standard Time. */
export const displayTimeZone = 'Asia/Shanghai';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', options);
    cache.set(key, format);
  }
  return format;
}

const dateOptions: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: displayTimeZone,
};

/** An instant as date and time in Asia/Shanghai, e.g. `2026年11月2日 10:30`; '' if invalid. */
export function formatDateTime(instant: string | Date, locale: Locale): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return '';
  return formatter(locale, {
    ...dateOptions,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/** An instant as a date in Asia/Shanghai, e.g. `2026年11月2日`; '' if invalid. */
export function formatDate(instant: string | Date, locale: Locale): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return '';
  return formatter(locale, dateOptions).format(date);
}

/** A civil date ('YYYY-MM-DD', already a China date) in the locale's style; '' if invalid. */
export function formatCivilDate(civil: string, locale: Locale): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(civil)) return '';
  const date = new Date(`${civil}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  return formatter(locale, { ...dateOptions, timeZone: 'UTC' }).format(date);
}
