import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { characterBigrams, textSimilarity } from './textSimilarity.ts';

describe('textSimilarity', () => {
  it('builds bigrams within segments, normalising digits, width and particles', () => {
    expect([...characterBigrams('补偿款，5月')]).toEqual(['补偿', '偿款', '五月']);
    expect([...characterBigrams('我的地')]).toEqual(['我地']);
    expect([...characterBigrams('ＡＢ')]).toEqual(['ab']);
  });

  it('scores identical texts 1, disjoint texts 0, and is symmetric', () => {
    expect(textSimilarity('征地补偿', '征地补偿')).toBe(1);
    expect(textSimilarity('征地补偿', '拖欠工资')).toBe(0);
    expect(textSimilarity('', '')).toBe(0);
    expect(textSimilarity('征地补偿款', '补偿款')).toBeCloseTo((2 * 2) / (4 + 2));
  });

  it('stays within 0..1 and is symmetric (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = textSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(textSimilarity(b, a)).toBe(s);
      }),
    );
  });
});
