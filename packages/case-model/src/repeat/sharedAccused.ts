import type { AccusedParty, Registration } from '../caseFile/registration.ts';

const normaliseName = (name: string): string =>
  name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** True when two accused-party records name the same unit or person. */
function sameParty(a: AccusedParty, b: AccusedParty): boolean {
  if (a.kind === 'unit' || b.kind === 'unit') {
    return a.kind === 'unit' && b.kind === 'unit' && a.unitId === b.unitId;
  }
  if (a.userId !== undefined && b.userId !== undefined) return a.userId === b.userId;
  const sameUnit = a.unitId === undefined || b.unitId === undefined || a.unitId === b.unitId;
  return (
    sameUnit && normaliseName(a.name) !== '' && normaliseName(a.name) === normaliseName(b.name)
  );
}

/**
 * The first accused party two petitions share, of the given kinds: units by unit id; persons by
 * user id when both have one, else by normalised name (and unit, when both record it).
 */
export function sharedAccused(
  a: Pick<Registration, 'accused'>,
  b: Pick<Registration, 'accused'>,
  kinds: readonly AccusedParty['kind'][] = ['unit', 'person'],
): AccusedParty | undefined {
  for (const left of a.accused) {
    if (!kinds.includes(left.kind)) continue;
    if (b.accused.some((right) => kinds.includes(right.kind) && sameParty(left, right)))
      return left;
  }
  return undefined;
}
