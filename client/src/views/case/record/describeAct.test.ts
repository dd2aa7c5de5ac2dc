// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { describeAct } from './describeAct.ts';

const names: Record<string, string> = {
  'c1-zj': '青川市住房和城乡建设局',
  'c1-zrzy': '青川市自然资源局',
};
const unitName = (id: string) => names[id] ?? id;

describe('describeAct', () => {
  it('names the units an act routed to, not their ids', () => {
    const parts = describeAct(
      'transfer',
      { leadUnitId: 'c1-zj', coUnitIds: ['c1-zrzy', 'c1-unknown'] },
      unitName,
    );
    expect(parts.map((part) => part.value)).toEqual([
      '青川市住房和城乡建设局',
      '青川市自然资源局、c1-unknown',
    ]);
  });

  it('leaves other fields as they are', () => {
    const parts = describeAct('extend', { days: 15, reason: '案情复杂' }, unitName);
    expect(parts.map((part) => part.value)).toEqual(['15', '案情复杂']);
  });
});
