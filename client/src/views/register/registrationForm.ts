import type { AccusedParty, Petitioner } from '@lianban/case-model';
import type { RepeatDraft } from '../../api/api.ts';
import type { RegistrationDraft } from '../../api/types.ts';
import type { RegistrationForm } from './registrationInputs.ts';

const optional = <K extends string>(key: K, value: string) =>
  (value.trim() ? { [key]: value.trim() } : {}) as Partial<Record<K, string>>;

/** 'YYYY-MM-DDTHH:mm' read as China time (UTC+8, no daylight saving) → ISO instant. */
export function chinaLocalToInstant(local: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return undefined;
  const ms = Date.parse(`${local}:00+08:00`);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function petitionersOf(form: RegistrationForm): Petitioner[] {
  return form.petitioners
    .filter((p) => [p.name, p.idNumber, p.phone, p.address].some((value) => value.trim()))
    .map((p) => ({
      id: p.id,
      name: p.name.trim(),
      role: p.role,
      ...optional('idNumber', p.idNumber),
      ...optional('phone', p.phone),
      ...optional('address', p.address),
      ...(p.role === 'agent' ? optional('representsId', p.representsId) : {}),
    }));
}

function accusedOf(form: RegistrationForm): AccusedParty[] {
  return form.accused
    .filter((a) => a.name.trim() || a.unitId.trim())
    .map((a) =>
      a.kind === 'unit'
        ? { kind: 'unit', unitId: a.unitId.trim(), name: a.name.trim() }
        : {
            kind: 'person',
            name: a.name.trim(),
            ...optional('userId', a.userId),
            ...optional('unitId', a.unitId),
          },
    );
}

/** What repeat detection compares: people, accused, category, place and requests. */
export function toRepeatDraft(form: RegistrationForm): RepeatDraft {
  return {
    anonymous: form.anonymous,
    petitioners: petitionersOf(form),
    requests: form.requests.map((r) => ({ demand: r.demand, facts: r.facts, reason: r.reason })),
    accused: accusedOf(form),
    category: form.category,
    divisionCode: form.divisionCode.trim(),
  };
}

/** The registration sent to `POST /api/cases`; blank optional fields are left out. */
export function toRegistration(form: RegistrationForm): RegistrationDraft {
  const size = Number.parseInt(form.groupSize, 10);
  const registeredAt = chinaLocalToInstant(form.registeredAt);
  return {
    ...toRepeatDraft(form),
    requests: form.requests.filter((r) => r.demand.trim() || r.facts.trim() || r.reason.trim()),
    title: form.title.trim(),
    channel: form.channel,
    jointDesk: form.jointDesk,
    matterClass: form.matterClass,
    ...optional('subcategory', form.subcategory),
    groupVisit: form.groupVisit,
    ...(form.groupVisit && size > 0 ? { groupSize: size } : {}),
    ...(registeredAt ? { registeredAt } : {}),
    ...optional('registeringUnitId', form.registeringUnitId),
  };
}
