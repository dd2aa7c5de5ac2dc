import {
  type Petitioner,
  type PetitionRequest,
  type Registration,
  scoreRepeat,
  shanghaiDate,
} from '@lianban/case-model';
import { createPerson } from './people.ts';
import type { ChainState } from './planTypes.ts';
import type { Random } from './random.ts';
import { chineseDate } from './sectionTexts.ts';
import { type CaseSeed, requestOf } from './structure.ts';

/** A planned registration, with the parts the rest of the plan writes from. */
export interface PlannedRegistration {
  readonly registration: Registration;
  readonly request: PetitionRequest;
  readonly petitioners: readonly Petitioner[];
}

/**
 * The registration of a case. A repeat paraphrases the petition before it (and says so); a
 * neighbour petitioning about the same matter paraphrases the matter's first petition; the
 * paraphrase is one that case-model's repeat scoring still reads as the same matter.
 */
export function planRegistration(
  random: Random,
  seed: CaseSeed,
  previous: ChainState | undefined,
  firstRequests: Map<string, PetitionRequest>,
): PlannedRegistration {
  const { matter } = seed;
  const { kind, slots } = matter;
  const titles = kind.titles;
  let title = (titles[seed.phrasing % titles.length] as (typeof titles)[number])(slots);
  if (previous && random.chance(0.4)) title = `再次反映：${title}`;
  const suffix = previous
    ? `。此前已于${chineseDate(shanghaiDate(previous.registeredAt))}反映过，问题至今没有解决`
    : '';
  const reference = previous?.request ?? firstRequests.get(matter.key);
  const request = paraphrase(seed, reference, suffix);
  if (!firstRequests.has(matter.key)) firstRequests.set(matter.key, request);
  const petitioners = petitionersOf(random, seed, previous);
  const registration: Registration = {
    title,
    channel: seed.channel,
    jointDesk: seed.jointDesk,
    matterClass: kind.matterClass,
    category: kind.category,
    subcategory: kind.subcategory,
    divisionCode: matter.divisionCode,
    anonymous: seed.anonymous,
    petitioners,
    requests: [request],
    accused: matter.accused,
    groupVisit: seed.group !== null,
    ...(seed.group ? { groupSize: seed.group.size } : {}),
    registeredAt: seed.registeredAt,
    registeringUnitId: seed.officeId,
  };
  return { registration, request, petitioners };
}

/** Whom a reply is addressed to: the petitioner, a group's first representative and the rest. */
export function addresseeOf(seed: CaseSeed, petitioners: readonly Petitioner[]): string {
  const first = petitioners[0];
  if (!first) return '信访人';
  if (seed.group) return `${first.name}等${seed.group.size}人`;
  return first.name;
}

/**
 * The request of a case: its own phrasing, or, when an earlier petition on the same matter is
 * known, the first other phrasing that case-model's repeat scoring still reads as the same matter.
 */
function paraphrase(
  seed: CaseSeed,
  reference: PetitionRequest | undefined,
  suffix: string,
): PetitionRequest {
  const { matter } = seed;
  const own = requestOf(matter, seed.phrasing, seed.phrasing);
  if (!reference) return own;
  const asPetition = (request: PetitionRequest) => ({
    anonymous: false,
    petitioners: [],
    accused: matter.accused,
    category: matter.kind.category,
    divisionCode: matter.divisionCode,
    requests: [request],
  });
  for (let k = 0; k < 9; k++) {
    const base = requestOf(matter, seed.phrasing + k, seed.phrasing + 1 + Math.floor(k / 3));
    const candidate = { ...base, facts: `${base.facts}${suffix}` };
    if (reference.facts.startsWith(base.facts) && reference.demand === base.demand) continue;
    if (scoreRepeat(asPetition(reference), asPetition(candidate)).sameMatter) return candidate;
  }
  return { ...own, facts: `${reference.facts.split('。此前')[0]}${suffix}` };
}

/**
 * The petitioners: a principal (sometimes with a co-signer or an agent), a group's elected
 * representatives, or nobody for an anonymous letter. A repeat petitioner gives the same ID
 * number (perhaps with a new phone) or, without it, the phone of last time: each repeat shares
 * a key with the petition before, as repeat detection needs.
 */
function petitionersOf(random: Random, seed: CaseSeed, last?: ChainState): Petitioner[] {
  if (seed.anonymous || !seed.person) return [];
  const { person, address } = seed.person;
  const drawn = last
    ? random.weighted([
        ['full', 70],
        ['newPhone', 20],
        ['noId', 10],
      ] as const)
    : 'full';
  const identity = drawn === 'newPhone' && !last?.gaveId ? 'full' : drawn;
  const county = seed.matter.county.code;
  const phone =
    identity === 'newPhone' ? createPerson(random, county).phone : (last?.phone ?? person.phone);
  const principal: Petitioner = {
    id: 'p1',
    name: person.name,
    role: seed.group ? 'representative' : 'principal',
    ...(identity === 'noId' ? {} : { idNumber: person.idNumber }),
    phone,
    address,
  };
  const list: Petitioner[] = [principal];
  if (seed.group) {
    for (let i = 2; i <= seed.group.representatives; i++) {
      const other = createPerson(random, county);
      list.push({
        id: `p${i}`,
        name: other.name,
        role: 'representative',
        idNumber: other.idNumber,
        phone: other.phone,
        address: address.replace(/\d+号/, `${random.int(1, 200)}号`),
      });
    }
  } else if (random.chance(0.08)) {
    const other = createPerson(random, county);
    list.push({
      id: 'p2',
      name: other.name,
      role: 'cosigner',
      idNumber: other.idNumber,
      phone: other.phone,
      address,
    });
  } else if (random.chance(0.03)) {
    const agent = createPerson(random, county);
    list.push({
      id: 'p2',
      name: agent.name,
      role: 'agent',
      phone: agent.phone,
      representsId: 'p1',
    });
  }
  return list;
}
