import { createHmac } from 'node:crypto';
import type { Registration } from '@lianban/case-model';

/** A keyed hash that can find other petitions of the same person (or, anonymous, the same accused). */
export interface PetitionerKey {
  /** `person`: a petitioner's ID number, or name and phone; `accused`: an accused unit or person. */
  readonly kind: 'person' | 'accused';
  readonly digest: string;
}

// The normalisations of case-model's `sharedPetitioner` and `sharedAccused`: what they match, we find.
const idNumber = (id: string): string => id.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
const personName = (name: string): string =>
  name
    .normalize('NFKC')
    .replace(/[\s·•.・]+/g, '')
    .toLowerCase();
const accusedName = (name: string): string =>
  name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
function phone(text: string): string {
  const digits = text.normalize('NFKC').replace(/\D+/g, '');
  return digits.replace(/^(0086|86)(?=1\d{10}$)/, '');
}

/**
 * The keys under which a petition is filed for repeat detection (domain.md §7–§8): ID numbers
 * and name-plus-phone of everyone but agents, and the accused parties (the key of anonymous
 * petitions). Only HMAC-SHA256 digests under the server's secret are kept, never the values.
 */
export function petitionerKeys(
  registration: Pick<Registration, 'petitioners' | 'accused'>,
  secret: Uint8Array,
): PetitionerKey[] {
  const keys = new Map<string, PetitionerKey>();
  const add = (kind: PetitionerKey['kind'], text: string): void => {
    const digest = createHmac('sha256', secret).update(text).digest('hex');
    keys.set(digest, { kind, digest });
  };
  for (const petitioner of registration.petitioners) {
    if (petitioner.role === 'agent') continue;
    const id = petitioner.idNumber === undefined ? '' : idNumber(petitioner.idNumber);
    if (id !== '') add('person', `id:${id}`);
    const name = personName(petitioner.name);
    const number = petitioner.phone === undefined ? '' : phone(petitioner.phone);
    if (name !== '' && number !== '') add('person', `np:${name}|${number}`);
  }
  for (const party of registration.accused) {
    if (party.kind === 'unit') add('accused', `unit:${party.unitId}`);
    else {
      const name = accusedName(party.name);
      if (name !== '') add('accused', `person:${name}`);
      if (party.userId) add('accused', `user:${party.userId}`);
    }
  }
  return [...keys.values()];
}
