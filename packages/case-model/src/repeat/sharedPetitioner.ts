import type { Petitioner, Registration } from '../caseFile/registration.ts';

/** How two petitions share a petitioner: the pair matched and by what. */
export interface SharedPetitioner {
  readonly a: Petitioner;
  readonly b: Petitioner;
  readonly by: 'idNumber' | 'namePhone';
}

const normaliseIdNumber = (id: string): string =>
  id.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
const normaliseName = (name: string): string =>
  name
    .normalize('NFKC')
    .replace(/[\s·•.・]+/g, '')
    .toLowerCase();
function normalisePhone(phone: string): string {
  const digits = phone.normalize('NFKC').replace(/\D+/g, '');
  return digits.replace(/^(0086|86)(?=1\d{10}$)/, '');
}

/** The people a petition speaks for: everyone but agents (an agent's principal is listed too). */
function persons(registration: Pick<Registration, 'petitioners'>): readonly Petitioner[] {
  return registration.petitioners.filter((petitioner) => petitioner.role !== 'agent');
}

/** Whether two petitioner records name the same person, and how. */
function match(a: Petitioner, b: Petitioner): SharedPetitioner['by'] | undefined {
  const idA = a.idNumber === undefined ? '' : normaliseIdNumber(a.idNumber);
  const idB = b.idNumber === undefined ? '' : normaliseIdNumber(b.idNumber);
  if (idA !== '' && idB !== '') return idA === idB ? 'idNumber' : undefined;
  const phoneA = a.phone === undefined ? '' : normalisePhone(a.phone);
  const phoneB = b.phone === undefined ? '' : normalisePhone(b.phone);
  const sameName = normaliseName(a.name) !== '' && normaliseName(a.name) === normaliseName(b.name);
  return sameName && phoneA !== '' && phoneA === phoneB ? 'namePhone' : undefined;
}

/**
 * The first petitioner two petitions share (domain.md §8): principals, co-signers and
 * representatives, and the person an agent represents; agents themselves are not matched, since
 * one agent may act for many unrelated people. Matched by ID number when both records have one
 * (exact after NFKC, spaces removed, upper case), otherwise by normalised name plus phone (digits
 * only, +86 dropped); a name alone never matches.
 */
export function sharedPetitioner(
  a: Pick<Registration, 'petitioners'>,
  b: Pick<Registration, 'petitioners'>,
): SharedPetitioner | undefined {
  for (const left of persons(a)) {
    for (const right of persons(b)) {
      const by = match(left, right);
      if (by !== undefined) return { a: left, b: right, by };
    }
  }
  return undefined;
}
