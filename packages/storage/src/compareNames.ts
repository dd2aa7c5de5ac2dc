// Moves surrogates above U+E000..U+FFFF so UTF-16 units compare in code point order.
function rank(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

/**
 * Orders document names by Unicode code point, which is the byte order of their UTF-8 form:
 * the order of SQLite's BINARY collation and PostgreSQL's `COLLATE "C"`. JavaScript's default
 * string order differs for characters above U+FFFF, so every adapter sorts with this.
 */
export function compareNames(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const left = a.charCodeAt(index);
    const right = b.charCodeAt(index);
    if (left !== right) return rank(left) - rank(right);
  }
  return a.length - b.length;
}
