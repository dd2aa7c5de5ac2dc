import { describe, expect, it } from 'vitest';
import { AuditEntryError } from './auditEntryError.ts';
import { writeCanonicalJson } from './writeCanonicalJson.ts';

describe('writeCanonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    const a = writeCanonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: '说明' } });
    const b = writeCanonicalJson({ a: { c: '说明', d: [1, { y: 2, z: 1 }] }, b: 1 });
    expect(a).toBe('{"a":{"c":"说明","d":[1,{"y":2,"z":1}]},"b":1}');
    expect(b).toBe(a);
  });

  it('leaves out undefined members and keeps null', () => {
    expect(writeCanonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  });

  it.each([
    ['NaN', { n: Number.NaN }],
    ['Infinity', { n: Number.POSITIVE_INFINITY }],
    ['a bigint', { n: 1n }],
    ['a Date', { d: new Date(0) }],
    ['a function', { f: () => 1 }],
    ['undefined in an array', { a: [undefined] }],
  ])('refuses %s', (_name, value) => {
    expect(() => writeCanonicalJson(value)).toThrow(AuditEntryError);
  });

  it('refuses very deep nesting', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20; i++) deep = { d: deep };
    expect(() => writeCanonicalJson(deep)).toThrow(/deeper/);
  });
});
