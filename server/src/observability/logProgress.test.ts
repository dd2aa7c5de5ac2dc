import { describe, expect, it } from 'vitest';
import type { Logger } from './logger.ts';
import { logProgress } from './logProgress.ts';

describe('logProgress', () => {
  it('logs the start, the end and about every fifth of the way, with the phase', () => {
    const lines: Record<string, unknown>[] = [];
    const log = { info: (_event: string, fields: Record<string, unknown>) => lines.push(fields) };
    const progress = logProgress(log as unknown as Logger, 'seed.progress');
    for (let done = 0; done <= 100; done++) progress(done, 100, 'cases');
    expect(lines.map((line) => line.done)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(lines[0]).toEqual({ phase: 'cases', done: 0, total: 100 });
  });
});
