import { describe, expect, it } from 'vitest';
import { chinaLocalToInstant, toRegistration, toRepeatDraft } from './registrationForm.ts';
import { blankForm, newAccused, newPetitioner } from './registrationInputs.ts';

describe('the registration form', () => {
  it('reads a date and time typed in China time', () => {
    expect(chinaLocalToInstant('2026-11-28T10:30')).toBe('2026-11-28T02:30:00.000Z');
    expect(chinaLocalToInstant('')).toBeUndefined();
  });

  it('sends every field, leaving blank optional ones and blank rows out', () => {
    const form = blankForm('c1-xfj', '990100');
    form.title = ' 拆迁补偿 ';
    form.petitioners[0] = { ...form.petitioners[0]!, name: '张建国', address: '幸福路1号' };
    form.petitioners.push(newPetitioner('cosigner'));
    form.requests[0] = { demand: '支付补偿款', facts: '', reason: '' };
    form.accused.push({ ...newAccused(), unitId: 'k1-sthj', name: '生态环境分局' });
    form.groupVisit = true;
    form.groupSize = '12';
    form.registeredAt = '2026-11-28T10:30';
    const registration = toRegistration(form);
    expect(registration).toMatchObject({
      title: '拆迁补偿',
      groupSize: 12,
      registeredAt: '2026-11-28T02:30:00.000Z',
      registeringUnitId: 'c1-xfj',
      divisionCode: '990100',
      accused: [{ kind: 'unit', unitId: 'k1-sthj', name: '生态环境分局' }],
    });
    expect(registration.petitioners).toEqual([
      { id: form.petitioners[0]!.id, name: '张建国', role: 'principal', address: '幸福路1号' },
    ]);
    expect(registration).not.toHaveProperty('subcategory');
    expect(Object.keys(toRepeatDraft(form)).sort()).toEqual(
      ['accused', 'anonymous', 'category', 'divisionCode', 'petitioners', 'requests'].sort(),
    );
  });
});
