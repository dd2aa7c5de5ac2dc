import { describe, expect, it } from 'vitest';
import { compareNames } from './compareNames.ts';
import { randomBytes } from './contract/contractData.ts';
import { prefixUpperBound } from './prefixUpperBound.ts';

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
const tricky = [
  '',
  'a',
  'A',
  'ab',
  'a\u0000',
  '\u00ff',
  '中',
  '\ud7ff',
  '\ue000',
  '\uffff',
  '😀',
  '\u{10ffff}',
  '😀x',
];

// Seeded random names mixing ASCII, BMP and astral characters.
function randomNames(count: number): string[] {
  const noise = randomBytes(count * 8, 42);
  const alphabet = ['a', 'b', 'é', '中', '\ue000', '\uffff', '😀', '\u{10000}', '\u{10ffff}'];
  return Array.from({ length: count }, (_, name) =>
    Array.from(
      { length: 1 + ((noise[name * 8] ?? 0) % 6) },
      (_, at) => alphabet[(noise[name * 8 + at + 1] ?? 0) % alphabet.length],
    ).join(''),
  );
}

describe('compareNames', () => {
  it('orders exactly like the UTF-8 bytes (SQLite BINARY, PostgreSQL COLLATE "C")', () => {
    const names = [...tricky, ...randomNames(500)];
    const byBytes = [...names].sort((a, b) => Buffer.compare(utf8(a), utf8(b)));
    expect([...names].sort(compareNames)).toEqual(byBytes);
  });

  it('puts characters above U+FFFF after U+FFFF, unlike the default string order', () => {
    expect(compareNames('😀', '\uffff')).toBeGreaterThan(0);
    expect(['😀', '\uffff'].sort()).toEqual(['😀', '\uffff']);
  });
});

describe('prefixUpperBound', () => {
  it('is greater than every name with the prefix and not greater than the next name without it', () => {
    for (const prefix of ['a', 'ab', '中', '\ud7ff', '😀', 'x\u{10ffff}', '\uffff']) {
      const bound = prefixUpperBound(prefix) ?? '';
      for (const name of [...tricky, ...randomNames(200)]) {
        const withPrefix = prefix + name;
        expect(compareNames(withPrefix, bound)).toBeLessThan(0);
      }
      expect(compareNames(prefix, bound)).toBeLessThan(0);
    }
  });

  it('skips the surrogate range and carries past U+10FFFF', () => {
    expect(prefixUpperBound('q\ud7ff')).toBe('q\ue000');
    expect(prefixUpperBound('r\u{10ffff}')).toBe('s');
    expect(prefixUpperBound('\u{10ffff}\u{10ffff}')).toBeNull();
    expect(prefixUpperBound('')).toBeNull();
  });
});
