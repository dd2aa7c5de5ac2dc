import { commandTypes } from '@lianban/case-model';
import { describe, expect, it } from 'vitest';
import { en } from '../../../i18n/en.ts';
import { zhCN } from '../../../i18n/zhCN.ts';
import { foldTimeline } from '../record/projectState.ts';
import { actFields } from './actFields.ts';
import { actSamples } from './actSamples.ts';

describe('the strings the act UI builds from names', () => {
  const has = (key: string) =>
    expect(Object.hasOwn(zhCN, key) && Object.hasOwn(en, key), key).toBe(true);

  it('names every field of every act form and of every payload', () => {
    const state = foldTimeline([]);
    for (const type of commandTypes) {
      for (const field of actFields[type]) has(`act.field.${field.name}`);
      for (const sample of actSamples(type, state, 'u', '2026-11-28')) {
        for (const name of Object.keys(sample)) has(`act.field.${name}`);
      }
    }
  });

  it('names every outbox status, clock state and petitioner standing', () => {
    for (const status of ['pending', 'applied', 'refused']) has(`act.status.${status}`);
    for (const state of ['running', 'paused', 'stopped']) has(`clock.state.${state}`);
    for (const role of ['principal', 'cosigner', 'representative', 'agent'])
      has(`petitioner.${role}`);
  });
});
