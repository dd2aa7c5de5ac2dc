import type { Category, Channel, MatterClass, PetitionerRole } from '@lianban/case-model';
import { randomId } from '../../offline/randomId.ts';

/** One petitioner as typed in the form (every field a string). */
export interface PetitionerInput {
  id: string;
  name: string;
  role: PetitionerRole;
  idNumber: string;
  phone: string;
  address: string;
  representsId: string;
}

/** One request as typed: demand, facts, reason. */
export interface RequestInput {
  demand: string;
  facts: string;
  reason: string;
}

/** One accused party as typed: a unit (by id) or a person. */
export interface AccusedInput {
  kind: 'unit' | 'person';
  name: string;
  unitId: string;
  userId: string;
}

/** The registration form (登记): every field of case-model's `Registration`, as typed. */
export interface RegistrationForm {
  title: string;
  channel: Channel;
  jointDesk: boolean;
  matterClass: MatterClass;
  category: Category;
  subcategory: string;
  divisionCode: string;
  anonymous: boolean;
  groupVisit: boolean;
  groupSize: string;
  /** 'YYYY-MM-DDTHH:mm' in China time; '' for the server's time. */
  registeredAt: string;
  registeringUnitId: string;
  petitioners: PetitionerInput[];
  requests: RequestInput[];
  accused: AccusedInput[];
}

/** A blank petitioner with a fresh id. */
export const newPetitioner = (role: PetitionerRole = 'principal'): PetitionerInput => ({
  id: `pt-${randomId().slice(0, 8)}`,
  name: '',
  role,
  idNumber: '',
  phone: '',
  address: '',
  representsId: '',
});

/** A blank request. */
export const newRequest = (): RequestInput => ({ demand: '', facts: '', reason: '' });

/** A blank accused party. */
export const newAccused = (): AccusedInput => ({ kind: 'unit', name: '', unitId: '', userId: '' });

/** A blank form for a clerk of `unitId` in division `divisionCode`. */
export function blankForm(unitId: string, divisionCode: string): RegistrationForm {
  return {
    title: '',
    channel: 'visit',
    jointDesk: false,
    matterClass: 'grievance',
    category: 'other',
    subcategory: '',
    divisionCode: /^\d{6}$/.test(divisionCode) ? divisionCode : '',
    anonymous: false,
    groupVisit: false,
    groupSize: '',
    registeredAt: '',
    registeringUnitId: unitId,
    petitioners: [newPetitioner()],
    requests: [newRequest()],
    accused: [],
  };
}
