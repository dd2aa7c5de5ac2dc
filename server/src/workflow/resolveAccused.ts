import type { AccusedParty, Registration } from '@lianban/case-model';
import type { PeopleDirectory } from '../cases/peopleDirectory.ts';
import type { UnitDirectory } from '../cases/unitDirectory.ts';
import type { WorkflowRefusal } from './caseServiceDeps.ts';
import { serverRefusals } from './serverRefusals.ts';

/** The registration with its accused parties checked, or why they cannot be recorded. */
export type ResolvedAccused =
  | { readonly ok: true; readonly registration: Registration }
  | WorkflowRefusal;

/**
 * Recusal keys on the ids recorded with the accused parties, so an id that names nobody would
 * protect nobody: refuses an accused unit the directory does not know, and an accused person's
 * account that does not exist or is not of the unit named with it. A person named without an
 * account, with a unit, gets the account of the one person of that unit with exactly that
 * display name (two of that name: none, as no one can tell which).
 */
export function resolveAccused(
  registration: Registration,
  directories: { readonly units: UnitDirectory; readonly people: PeopleDirectory },
): ResolvedAccused {
  const accused: AccusedParty[] = [];
  for (const party of registration.accused) {
    if (party.unitId !== undefined && !directories.units.get(party.unitId)) {
      return serverRefusals.unknownUnit(party.unitId);
    }
    const resolved = party.kind === 'person' ? resolvePerson(party, directories.people) : party;
    if ('ok' in resolved) return resolved;
    accused.push(resolved);
  }
  return { ok: true, registration: { ...registration, accused } };
}

type AccusedPerson = Extract<AccusedParty, { kind: 'person' }>;

function resolvePerson(
  person: AccusedPerson,
  people: PeopleDirectory,
): AccusedPerson | WorkflowRefusal {
  if (person.userId !== undefined) {
    const unitId = people.unitOf(person.userId);
    if (unitId === null) return serverRefusals.unknownAccusedPerson(person.userId);
    if (person.unitId !== undefined && unitId !== person.unitId) {
      return serverRefusals.accusedPersonElsewhere(person.userId, person.unitId);
    }
    return person;
  }
  if (person.unitId === undefined) return person;
  const name = person.name.trim();
  const namesakes = people.ofUnit(person.unitId).filter((candidate) => candidate.name === name);
  return namesakes.length === 1 ? { ...person, userId: namesakes[0]!.userId } : person;
}
