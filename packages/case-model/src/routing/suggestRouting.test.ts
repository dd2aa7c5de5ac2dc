import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccusedParty, Registration } from '../caseFile/registration.ts';
import { isRoutingAllowed } from './isRoutingAllowed.ts';
import type { RoutingTable, RoutingUnit } from './routingTable.ts';
import { suggestRouting } from './suggestRouting.ts';

function registration(overrides: Partial<Registration> = {}): Registration {
  return {
    title: '征地补偿未到位',
    channel: 'letter',
    jointDesk: false,
    matterClass: 'grievance',
    category: 'landAcquisition',
    divisionCode: '990102',
    anonymous: false,
    petitioners: [{ id: 'p1', name: '张三', role: 'principal' }],
    requests: [{ demand: '支付补偿款', facts: '承包地被征收', reason: '未足额补偿' }],
    accused: [],
    groupVisit: false,
    registeredAt: '2026-03-02T10:00:00+08:00',
    registeringUnitId: 'xfj-990102',
    ...overrides,
  };
}

const unit = (id: string, name: string): AccusedParty => ({
  kind: 'unit',
  unitId: id,
  name,
});

const units: RoutingUnit[] = [
  { id: 'zrzy-990102', name: '县自然资源局', superiorUnitId: 'gov-990102' },
  { id: 'gov-990102', name: '县政府', superiorUnitId: 'gov-9901' },
  { id: 'gov-9901', name: '市政府' },
  { id: 'sthj-99', name: '省生态环境厅', superiorUnitId: 'gov-99' },
  { id: 'gov-99', name: '省政府' },
  { id: 'zrzy-9901', name: '市自然资源局' },
  { id: 'town-1', name: '某镇政府' },
  { id: 'zj-990102', name: '县住建局' },
  { id: 'xfj-990102', name: '县信访局' },
  { id: 'xfj-99', name: '省信访局' },
];

const table: RoutingTable = [
  { divisionCode: '990102', leadUnitId: 'xfj-990102', coHandlingUnitIds: [] },
  {
    divisionCode: '990100',
    category: 'landAcquisition',
    leadUnitId: 'zrzy-9901',
    coHandlingUnitIds: ['zrzy-990102'],
  },
  {
    divisionCode: '990102',
    category: 'landAcquisition',
    leadUnitId: 'zrzy-990102',
    coHandlingUnitIds: ['town-1', 'zj-990102', 'town-1'],
  },
  {
    divisionCode: '99',
    category: 'environment',
    leadUnitId: 'sthj-99',
    coHandlingUnitIds: ['xfj-990102'],
  },
  { divisionCode: '', leadUnitId: 'xfj-99', coHandlingUnitIds: [] },
];

describe('suggestRouting', () => {
  it('takes the longest matching prefix, named category before a catch-all', () => {
    const result = suggestRouting(table, registration(), units);
    expect(result).toMatchObject({
      lead: 'zrzy-990102',
      coHandling: ['town-1', 'zj-990102'],
      refused: [],
    });
    expect(result.explanation[0]?.zh).toBe(
      '适用路由规则：区划 990102、土地征收征用 → 主办 县自然资源局，协办 某镇政府、县住建局、某镇政府',
    );
  });

  it('reads trailing 00 pairs as a wider division', () => {
    expect(suggestRouting(table, registration({ divisionCode: '990103' }), units).lead).toBe(
      'zrzy-9901',
    );
  });

  it('falls back to the catch-all row for other categories', () => {
    expect(suggestRouting(table, registration({ category: 'education' }), units).lead).toBe(
      'xfj-990102',
    );
  });

  it('prefers the catch-all of a longer prefix to a named row of a shorter one', () => {
    const result = suggestRouting(table, registration({ category: 'environment' }), units);
    expect(result).toMatchObject({ lead: 'xfj-990102', coHandling: [] });
  });

  it('routes anything else to the widest catch-all', () => {
    expect(suggestRouting(table, registration({ divisionCode: '980101' }), units).lead).toBe(
      'xfj-99',
    );
  });

  it('says when no row matches', () => {
    const result = suggestRouting(
      table.filter((row) => row.divisionCode !== ''),
      registration({ divisionCode: '980101', category: 'education' }),
    );
    expect(result.lead).toBeUndefined();
    expect(result.explanation[0]?.en).toContain('No routing row covers division 980101');
  });

  it('refuses an accused lead and uses the same-category row one level up', () => {
    const accused = [unit('zrzy-990102', '县自然资源局')];
    const result = suggestRouting(table, registration({ accused }), units);
    expect(result.lead).toBe('zrzy-9901');
    expect(result.coHandling).toEqual([]);
    expect(result.refused).toEqual([
      {
        unitId: 'zrzy-990102',
        reason: {
          zh: '县自然资源局为被反映单位，不得向其转送、交办（《信访条例》第二十三条）',
          en: expect.stringContaining('accused'),
        },
      },
    ]);
  });

  it('refuses the workplace of an accused person', () => {
    const accused: AccusedParty[] = [{ kind: 'person', name: '李四', unitId: 'zrzy-990102' }];
    const result = suggestRouting(table, registration({ accused }), units);
    expect(result.lead).toBe('zrzy-9901');
    expect(result.refused[0]?.reason.zh).toContain('被反映人李四所在单位');
  });

  it('goes to the superior when no same-category row is left, before any catch-all', () => {
    const accused = [unit('sthj-99', '省生态环境厅')];
    const result = suggestRouting(
      table,
      registration({ category: 'environment', divisionCode: '990103', accused }),
      units,
    );
    expect(result).toMatchObject({ lead: 'gov-99', coHandling: ['xfj-990102'] });
    expect(result.explanation.at(-1)?.zh).toBe('由被反映单位的上级 省政府 主办');
  });

  it('climbs past an accused superior and refuses accused co-handlers', () => {
    const accused = [
      unit('zrzy-990102', '县自然资源局'),
      unit('zrzy-9901', '市自然资源局'),
      unit('gov-990102', '县政府'),
      unit('town-1', '某镇政府'),
    ];
    const result = suggestRouting(table, registration({ accused }), units);
    expect(result.lead).toBe('gov-9901');
    expect(result.coHandling).toEqual(['zj-990102']);
    expect(result.refused.map((r) => r.unitId)).toEqual([
      'zrzy-990102',
      'zrzy-9901',
      'gov-990102',
      'town-1',
    ]);
  });

  it('suggests no lead when every candidate is accused', () => {
    const accused = [
      unit('sthj-99', '省生态环境厅'),
      unit('gov-99', '省政府'),
      unit('xfj-99', '省信访局'),
    ];
    const result = suggestRouting(
      table,
      registration({ category: 'environment', divisionCode: '990103', accused }),
      units,
    );
    expect(result.lead).toBeUndefined();
    expect(result.coHandling).toEqual([]);
    expect(result.refused.map((r) => r.unitId)).toEqual(['sthj-99', 'gov-99', 'xfj-99']);
    expect(result.explanation.at(-1)?.zh).toContain('请由共同上级决定');
  });

  it('never suggests an accused unit (property)', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const id = fc.constantFrom(...ids);
    const row = fc
      .record({
        divisionCode: fc.constantFrom('', '99', '990100', '990102'),
        category: fc.constantFrom('landAcquisition' as const, 'environment' as const, undefined),
        leadUnitId: id,
        coHandlingUnitIds: fc.array(id, { maxLength: 3 }),
      })
      .map(({ category, ...rest }) => (category === undefined ? rest : { ...rest, category }));
    const directory = fc.array(fc.record({ id, superiorUnitId: id }), { maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 6 }),
        fc.subarray(ids),
        directory,
        (rows, accusedIds, dir) => {
          const accused = accusedIds.map((u) => unit(u, u));
          const result = suggestRouting(rows, registration({ accused }), dir);
          for (const suggested of [result.lead, ...result.coHandling]) {
            if (suggested !== undefined) expect(accusedIds).not.toContain(suggested);
          }
          expect(result.coHandling).not.toContain(result.lead);
        },
      ),
    );
  });
});

describe('isRoutingAllowed', () => {
  it('allows a unit not accused, and a person accused without a recorded unit', () => {
    const accused: AccusedParty[] = [
      { kind: 'person', name: '李四' },
      unit('zj-990102', '县住建局'),
    ];
    expect(isRoutingAllowed(registration({ accused }), 'zrzy-990102')).toEqual({ ok: true });
  });

  it('refuses an accused unit and an accused person’s unit', () => {
    const accused: AccusedParty[] = [
      { kind: 'person', name: '李四', userId: 'u9', unitId: 'town-1' },
      unit('zj-990102', '县住建局'),
    ];
    expect(isRoutingAllowed(registration({ accused }), 'zj-990102')).toMatchObject({
      ok: false,
      reason: { zh: expect.stringContaining('县住建局为被反映单位') },
    });
    expect(isRoutingAllowed(registration({ accused }), 'town-1')).toMatchObject({
      ok: false,
      reason: { en: expect.stringContaining('accused person 李四') },
    });
  });
});
