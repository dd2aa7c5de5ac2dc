/** A user-facing name in both interface languages; zh-CN is the default. */
export interface Label {
  readonly zh: string;
  readonly en: string;
}

/** The interface languages the product speaks. */
export type Locale = 'zh-CN' | 'en';

/** Picks the label text for a locale. */
export function labelFor(label: Label, locale: Locale): string {
  return locale === 'en' ? label.en : label.zh;
}
