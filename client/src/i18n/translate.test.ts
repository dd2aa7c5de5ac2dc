import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { formatCivilDate, formatDate, formatDateTime } from './formatDate.ts';
import { isLocale, translate } from './translate.ts';
import { zhCN } from './zhCN.ts';

describe('translate', () => {
  it('defaults to Chinese and fills placeholders', () => {
    expect(translate('zh-CN', 'sync.offline', { count: 3 })).toBe('离线（3 条待同步）');
    expect(translate('en', 'sync.offline', { count: 3 })).toBe('Offline (3 waiting)');
  });

  it('leaves a placeholder visible when its parameter is missing', () => {
    expect(translate('en', 'sync.offline')).toBe('Offline ({count} waiting)');
    expect(translate('en', 'sync.offline', { other: 1 })).toBe('Offline ({count} waiting)');
  });

  it('has every key in both languages, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
      expect(en[key].length, key).toBeGreaterThan(0);
    }
  });

  it('recognises only supported locales', () => {
    expect(isLocale('zh-CN')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(null)).toBe(false);
  });
});

describe('formatDate', () => {
  // 2026-11-02T02:30Z is 10:30 in Beijing; 2026-11-01T17:00Z is already 2 November there.
  it('shows instants in Asia/Shanghai whatever the machine zone', () => {
    expect(formatDateTime('2026-11-02T02:30:00.000Z', 'zh-CN')).toBe('2026年11月2日 10:30');
    expect(formatDateTime('2026-11-02T02:30:00.000Z', 'en')).toBe('2 Nov 2026, 10:30');
    expect(formatDate('2026-11-01T17:00:00.000Z', 'zh-CN')).toBe('2026年11月2日');
    expect(formatDate('2026-11-01T17:00:00.000Z', 'en')).toBe('2 Nov 2026');
  });

  it('shows civil dates as they are and rejects invalid input', () => {
    expect(formatCivilDate('2026-12-31', 'zh-CN')).toBe('2026年12月31日');
    expect(formatCivilDate('2026-12-31', 'en')).toBe('31 Dec 2026');
    expect(formatCivilDate('31/12/2026', 'en')).toBe('');
    expect(formatDateTime('not a date', 'en')).toBe('');
  });
});
