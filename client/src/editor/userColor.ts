// Colours that keep white label text readable (contrast at least 4.5:1).
const palette = [
  '#1d4ed8',
  '#047857',
  '#b45309',
  '#7c3aed',
  '#be123c',
  '#0e7490',
  '#4d7c0f',
  '#a21caf',
];

/** A stable caret colour for a user id. */
export function userColor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return palette[hash % palette.length] ?? '#1d4ed8';
}

/** The colour itself when it is a plain `#rrggbb`, otherwise a neutral grey (peer input). */
export function safeColor(value: unknown): string {
  return typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value) ? value : '#4b5563';
}
