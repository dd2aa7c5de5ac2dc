import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantToEpochMs, shanghaiDate } from './shanghaiDate.ts';

describe('shanghaiDate', () => {
  it('converts instants to the Shanghai date at the midnight boundary', () => {
    expect(shanghaiDate('2026-03-01T15:59:59.999Z')).toBe('2026-03-01');
    expect(shanghaiDate('2026-03-01T16:00:00Z')).toBe('2026-03-02');
    expect(shanghaiDate('2026-03-02T00:00:00+08:00')).toBe('2026-03-02');
    expect(shanghaiDate('2026-03-01T23:59:59+08:00')).toBe('2026-03-01');
    expect(shanghaiDate('2026-03-01T23:30:00-05:00')).toBe('2026-03-02');
    expect(shanghaiDate('2026-12-31T16:00:00.000Z')).toBe('2027-01-01');
  });

  it('reads an instant without offset, or a bare date, as Shanghai wall time', () => {
    expect(shanghaiDate('2026-03-02')).toBe('2026-03-02');
    expect(shanghaiDate('2026-03-02T23:59:00')).toBe('2026-03-02');
    expect(instantToEpochMs('2026-03-02T08:00:00')).toBe(Date.UTC(2026, 2, 2, 0, 0, 0));
  });

  it('rejects what is not an instant', () => {
    expect(() => shanghaiDate('2026-02-30T00:00:00Z')).toThrow(RangeError);
    expect(() => shanghaiDate('yesterday')).toThrow(RangeError);
    expect(() => shanghaiDate('2026-03-02T25:00:00Z')).toThrow(RangeError);
  });

  it('agrees with the epoch arithmetic oracle for any instant (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
        const iso = new Date(ms).toISOString();
        expect(instantToEpochMs(iso)).toBe(ms);
        expect(shanghaiDate(iso)).toBe(new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10));
      }),
    );
  });
});
