import { describe, expect, it } from 'vitest';
import { isWithinJurisdiction, jurisdictionPrefix } from './isWithinJurisdiction.ts';

describe('isWithinJurisdiction', () => {
  it('covers the user’s division and everything below it', () => {
    expect(isWithinJurisdiction('990000', '990102')).toBe(true);
    expect(isWithinJurisdiction('990100', '990102')).toBe(true);
    expect(isWithinJurisdiction('990100', '990100')).toBe(true);
    expect(isWithinJurisdiction('990102', '990102001')).toBe(true);
  });

  it('excludes siblings and superiors', () => {
    expect(isWithinJurisdiction('990100', '990200')).toBe(false);
    expect(isWithinJurisdiction('990102', '990100')).toBe(false);
    expect(isWithinJurisdiction('990102', '990103')).toBe(false);
  });

  it('treats a township as a leaf, whatever zeros its number holds', () => {
    expect(isWithinJurisdiction('990102100', '990102100')).toBe(true);
    expect(isWithinJurisdiction('990102100', '990102101')).toBe(false);
    expect(isWithinJurisdiction('990102000', '990102001')).toBe(false);
    expect(jurisdictionPrefix('990102100')).toBe('990102100');
  });

  it('grants nothing for a code of another shape', () => {
    for (const code of ['', '9', '99', '9901', '99010', '9901020', '99010200a']) {
      expect(jurisdictionPrefix(code)).toBe('');
      expect(isWithinJurisdiction(code, '990102')).toBe(false);
    }
  });
});
