/** True for a string with at least one non-blank character. */
export function hasText(text: unknown): text is string {
  return typeof text === 'string' && text.trim() !== '';
}
