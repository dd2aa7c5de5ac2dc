import { describe, expect, it } from 'vitest';
import type { Registration } from '../caseFile/registration.ts';
import { registrationFacts } from './registrationFacts.ts';

const registration: Registration = {
  title: '化工厂排污',
  channel: 'visit',
  jointDesk: true,
  matterClass: 'accusation',
  category: 'environment',
  divisionCode: '990101',
  anonymous: false,
  petitioners: [
    {
      id: 'p1',
      name: '张三',
      role: 'representative',
      idNumber: '990101199001010000',
      address: '某村',
    },
    { id: 'p2', name: '李四', role: 'representative' },
    { id: 'p3', name: '王五', role: 'cosigner' },
  ],
  requests: [{ demand: '停止排污', facts: '河水变黑', reason: '影响生活' }],
  accused: [
    { kind: 'unit', unitId: 'u-b', name: '某局' },
    { kind: 'person', name: '赵六', unitId: 'u-a' },
    { kind: 'person', name: '钱七' },
    { kind: 'unit', unitId: 'u-b', name: '某局' },
  ],
  groupVisit: true,
  groupSize: 40,
  registeredAt: '2025-03-03T01:00:00.000Z',
  registeringUnitId: 'u-office',
};

describe('registrationFacts', () => {
  it('keeps what the workflow needs and no personal data', () => {
    const facts = registrationFacts(registration);
    expect(facts).toEqual({
      registeringUnitId: 'u-office',
      channel: 'visit',
      matterClass: 'accusation',
      category: 'environment',
      divisionCode: '990101',
      anonymous: false,
      jointDesk: true,
      accusedUnitIds: ['u-a', 'u-b'],
      groupVisit: { size: 40, representatives: 2 },
    });
    expect(JSON.stringify(facts)).not.toMatch(/张三|990101199001010000|赵六/);
    expect(registrationFacts({ ...registration, groupVisit: false }).groupVisit).toBeNull();
  });
});
