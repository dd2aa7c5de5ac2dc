/**
 * The smallest string greater than every string that starts with `prefix`, in code point order,
 * so a prefix query becomes the index range `prefix <= name < bound`. Returns `null` when there
 * is no such bound (empty prefix, or one made only of U+10FFFF).
 */
export function prefixUpperBound(prefix: string): string | null {
  const points = Array.from(prefix);
  while (points.length > 0) {
    const last = points.pop()?.codePointAt(0) ?? 0;
    if (last < 0x10ffff) {
      // U+D800..U+DFFF are not characters; the next one after U+D7FF is U+E000.
      const next = last === 0xd7ff ? 0xe000 : last + 1;
      points.push(String.fromCodePoint(next));
      return points.join('');
    }
  }
  return null;
}
