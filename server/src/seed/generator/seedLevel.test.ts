import { describe, expect, it } from 'vitest';
import { readEnv } from '../../env.ts';
import { demoSeedLevel } from '../seedDemo.ts';

describe('how much demo data to seed', () => {
  it('reads SEED_DEMO as full, small or none (full by default; true and false as before)', () => {
    expect(readEnv({}).SEED_DEMO).toBe('full');
    expect(readEnv({ SEED_DEMO: 'small' }).SEED_DEMO).toBe('small');
    expect(readEnv({ SEED_DEMO: 'none' }).SEED_DEMO).toBe('none');
    expect(readEnv({ SEED_DEMO: 'true' }).SEED_DEMO).toBe('full');
    expect(readEnv({ SEED_DEMO: 'false' }).SEED_DEMO).toBe('none');
    expect(() => readEnv({ SEED_DEMO: 'lots' })).toThrow(/SEED_DEMO/);
  });

  it('lets the seedDemo option switch seeding off, or on at SEED_DEMO’s level', () => {
    expect(demoSeedLevel(undefined, 'small')).toBe('small');
    expect(demoSeedLevel(false, 'full')).toBe('none');
    expect(demoSeedLevel(true, 'small')).toBe('small');
    expect(demoSeedLevel(true, 'full')).toBe('full');
    expect(demoSeedLevel(true, 'none')).toBe('full');
  });
});
