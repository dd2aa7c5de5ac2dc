import type { Registration, Role } from '@lianban/case-model';

/**
 * The test province: a city petition office, three city bureaus, a provincial inspectorate and
 * the provincial environment department (the level above the city bureaus, where reviews go).
 */
export const units = {
  office: 'x-xfj',
  environment: 'x-env',
  housing: 'x-zj',
  police: 'x-police',
  inspection: 'x-inspect',
  provincialEnvironment: 'x-prov-env',
} as const;

/** One user per role the workflow needs, by name; `police` works in the unit petitions accuse. */
export const users = {
  clerk: { role: 'receptionClerk', unitId: units.office },
  officeHandler: { role: 'handler', unitId: units.office },
  handler: { role: 'handler', unitId: units.environment },
  handler2: { role: 'handler', unitId: units.environment },
  head: { role: 'unitHead', unitId: units.environment },
  housing: { role: 'handler', unitId: units.housing },
  police: { role: 'handler', unitId: units.police },
  supervisor: { role: 'supervisor', unitId: units.inspection },
  leader: { role: 'leader', unitId: units.office },
  analyst: { role: 'analyst', unitId: units.office },
  reviewer: { role: 'handler', unitId: units.provincialEnvironment },
} as const satisfies Record<string, { role: Role; unitId: string }>;

/** A user of the test province. */
export type UserName = keyof typeof users;

/** The instant `day` days (and `hour` hours) after 2026-06-01 00:00 UTC. */
export function at(day: number, hour = 2): string {
  return new Date(Date.UTC(2026, 5, 1) + day * 86_400_000 + hour * 3_600_000).toISOString();
}

/** The harness's "now": 2026-10-30 12:00 China time, after every instant the tests use. */
export const harnessNow = '2026-10-30T04:00:00.000Z';

/** A registration of a pollution petition that accuses the police, with fields overridden. */
export function buildRegistration(overrides: Partial<Registration> = {}): Registration {
  return {
    title: '化工厂夜间排放废气',
    channel: 'visit',
    jointDesk: false,
    matterClass: 'accusation',
    category: 'environment',
    divisionCode: '990100',
    anonymous: false,
    petitioners: [
      {
        id: 'p1',
        name: '张建国',
        role: 'principal',
        idNumber: '990102197001011234',
        phone: '13800001111',
        address: '云岭省青川市河东区幸福路8号',
      },
    ],
    requests: [
      {
        demand: '要求环保部门查处并责令停产整改',
        facts: '化工厂夜间排放刺鼻废气，附近居民头晕咳嗽。',
        reason: '危害健康',
      },
    ],
    accused: [{ kind: 'unit', unitId: units.police, name: '青川市公安局' }],
    groupVisit: false,
    registeredAt: at(0),
    registeringUnitId: units.office,
    ...overrides,
  };
}
