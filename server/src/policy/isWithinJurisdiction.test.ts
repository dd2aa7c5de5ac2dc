import { describe, expect, it } from 'vitest';
import { isWithinJurisdiction } from './isWithinJurisdiction.ts';

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
});
