import { describe, expect, it } from 'vitest';
import { estimateWarning } from './dueWarning.ts';

describe('estimateWarning', () => {
  const today = '2026-11-28';
  it('is overdue after the due date, or when the server says so', () => {
    expect(estimateWarning('2026-11-27', 'handle', today)).toBe('overdue');
    expect(estimateWarning('2026-12-20', 'handle', today, true)).toBe('overdue');
  });

  it('grades by the share of the nominal length used', () => {
    // Handling runs 60 days: 15 left is 75 % used, 6 left is 90 %.
    expect(estimateWarning('2026-12-28', 'handle', today)).toBe('none');
    expect(estimateWarning('2026-12-13', 'handle', today)).toBe('warn75');
    expect(estimateWarning('2026-12-04', 'handle', today)).toBe('warn90');
    // Routing runs 15 days: due tomorrow is past 90 %.
    expect(estimateWarning('2026-11-29', 'route', today)).toBe('warn90');
    expect(estimateWarning(null, 'route', today)).toBe('none');
  });
});
