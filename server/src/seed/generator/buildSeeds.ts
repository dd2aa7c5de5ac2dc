import {
  type Channel,
  isKeyCategory,
  type RoutingTable,
  type RoutingUnit,
} from '@lianban/case-model';
import { dayMs, periodEndMs } from './period.ts';
import { placeKeyOf, placeOf, superiorOf, unitIdOf } from './province.ts';
import type { Random } from './random.ts';
import {
  type CaseFlags,
  type CaseSeed,
  drawMatter,
  drawPerson,
  holidayRegistrationDates,
  levelOfUnit,
  type MatterSpec,
  mattersAlike,
  type PersonSpec,
  periodDate,
  registrationInstant,
  routeSeed,
} from './structure.ts';

/** The shares of domain.md §10, as fractions of all generated cases. */
export const demoShares = {
  repeatPersons: 0.15,
  clusters: 0.02,
  groupVisits: 0.05,
  holidayDeadlines: 0.03,
  stuckRouting: 0.008,
  stuckReceived: 0.005,
  overdue: 0.037,
  review: 0.1,
  reexam: 0.03,
  extended: 0.1,
  objection: 0.03,
  mediated: 0.04,
  withdrawn: 0.02,
  hearing: 0.02,
  annotated: 0.2,
  ownership: 0.02,
  instruction: 0.04,
  buckPassing: 0.01,
  improvement: 0.01,
} as const;

// Visits are drawn a little below 20 %: group visits (5 %) are made visits afterwards.
const channels: readonly (readonly [Channel, number])[] = [
  ['online', 45],
  ['letter', 20],
  ['visit', 16],
  ['phone', 10],
  ['email', 1],
  ['fax', 0.5],
  ['leaderMailbox', 1.5],
  ['hotline12345', 1.5],
  ['referral', 0.5],
];

const noFlags = (): CaseFlags => ({
  overdue: false,
  stuckRouting: false,
  stuckReceived: false,
  objection: false,
  extended: false,
  hearing: false,
  review: false,
  reexam: false,
  mediated: false,
  withdrawn: false,
  annotated: false,
  ownership: false,
  instruction: false,
  buckPassing: false,
  improvement: false,
});

interface Draft {
  key: string;
  date: string;
  role: CaseSeed['role'];
  person: PersonSpec;
  matter: MatterSpec;
  chainKey: string | null;
  phrasing: number;
  holiday: boolean;
}

/** What the seeds are drawn against: the routing table and unit names of the province. */
export interface SeedContext {
  readonly table: RoutingTable;
  readonly routingUnits: readonly RoutingUnit[];
  readonly unitNames: ReadonlyMap<string, string>;
}

/**
 * Draws the skeletons of `count` cases: who petitions about what and when, through which
 * channel and office, how the office routes it, and which of the §10 situations each shows
 * (chosen by quota among the cases old enough to show them). Sorted by registration.
 */
export function buildSeeds(random: Random, count: number, context: SeedContext): CaseSeed[] {
  const drafts: Draft[] = [];
  const budget = Math.floor(count * 0.6);
  let used = 0;
  const chainCount = Math.round(count * demoShares.repeatPersons);
  for (let c = 0; c < chainCount && used + 2 <= budget; c++) {
    const r = random.fork(`chain:${c}`);
    const length = Math.min(
      r.weighted([
        [2, 65],
        [3, 25],
        [4, 10],
      ] as const),
      budget - used,
    );
    const first = r.int(0, Math.max(0, 359 - (length - 1) * 60));
    const matter = drawMatter(r, `m-chain-${c}`, periodDate(first), context.unitNames);
    const person = drawPerson(r, `p-chain-${c}`, matter);
    const base = r.int(0, 2);
    let offset = first;
    for (let i = 0; i < length; i++) {
      drafts.push({
        key: `chain:${c}:${i}`,
        date: periodDate(Math.min(offset, 364)),
        role: i === 0 ? 'original' : 'repeat',
        person,
        matter,
        chainKey: `chain:${c}`,
        phrasing: (base + i) % 3,
        holiday: false,
      });
      offset += r.int(25, 60);
    }
    used += length;
    if (r.chance(0.2) && used < budget) {
      // Same person, another matter: a hard negative, so it must not read as the same matter.
      let other = matter;
      for (
        let attempt = 0;
        attempt < 8 && (other === matter || mattersAlike(matter, other));
        attempt++
      ) {
        const sameCategory = attempt < 4 && r.chance(0.5);
        other = drawMatter(
          r,
          `m-chain-${c}-other-${attempt}`,
          periodDate(r.int(0, 364)),
          context.unitNames,
          {
            county: matter.county,
            excludeKind: matter.kind.key,
            ...(sameCategory ? { category: matter.kind.category } : {}),
          },
        );
      }
      if (other === matter || mattersAlike(matter, other)) continue;
      drafts.push({
        key: `chain:${c}:other`,
        date: periodDate(r.int(0, 364)),
        role: 'otherMatter',
        person,
        matter: other,
        chainKey: null,
        phrasing: r.int(0, 2),
        holiday: false,
      });
      used += 1;
    }
  }
  const clusterCount = Math.round(count * demoShares.clusters);
  for (let c = 0; c < clusterCount && used + 2 <= budget; c++) {
    const r = random.fork(`cluster:${c}`);
    const size = Math.min(r.int(2, 4), budget - used);
    const first = r.int(0, 320);
    const matter = drawMatter(r, `m-cluster-${c}`, periodDate(first), context.unitNames);
    for (let i = 0; i < size; i++) {
      drafts.push({
        key: `cluster:${c}:${i}`,
        date: periodDate(Math.min(first + r.int(0, 40), 364)),
        role: i === 0 ? 'single' : 'cluster',
        person: drawPerson(r, `p-cluster-${c}-${i}`, matter),
        matter,
        chainKey: null,
        phrasing: i % 3,
        holiday: false,
      });
    }
    used += size;
  }
  const holidayDates = holidayRegistrationDates();
  const holidays = Math.round(count * demoShares.holidayDeadlines);
  for (let i = 0; drafts.length < count; i++) {
    const r = random.fork(`single:${i}`);
    const holiday = i < holidays && holidayDates.length > 0;
    const date = holiday ? r.pick(holidayDates) : periodDate(r.int(0, 364));
    const matter = drawMatter(r, `m-single-${i}`, date, context.unitNames);
    drafts.push({
      key: `single:${i}`,
      date,
      role: 'single',
      person: drawPerson(r, `p-single-${i}`, matter),
      matter,
      chainKey: null,
      phrasing: r.int(0, 2),
      holiday,
    });
  }

  const seeds = drafts.map((draft) => toSeed(random.fork(draft.key), draft, context));
  seeds.sort((a, b) =>
    a.registeredAt < b.registeredAt
      ? -1
      : a.registeredAt > b.registeredAt
        ? 1
        : a.key < b.key
          ? -1
          : 1,
  );
  // A repeat petitioner goes back to the same office, or one level up (越级).
  const lastOffice = new Map<string, string>();
  for (const seed of seeds) {
    if (!seed.chainKey) continue;
    const previous = lastOffice.get(seed.chainKey);
    if (previous) {
      const r = random.fork(`office:${seed.key}`);
      const office = r.chance(0.8) ? previous : escalated(previous);
      routeSeed(r, seed, context.table, context.routingUnits, office);
    }
    lastOffice.set(seed.chainKey, seed.officeId);
  }
  assignFlags(random.fork('flags'), seeds, count, context);
  return seeds;
}

function toSeed(r: Random, draft: Draft, context: SeedContext): CaseSeed {
  const kind = draft.matter.kind;
  const anonymous =
    kind.matterClass === 'accusation' &&
    draft.matter.accused.length > 0 &&
    draft.key.startsWith('single:') &&
    r.chance(0.35);
  const channel: Channel = anonymous
    ? r.weighted([
        ['letter', 5],
        ['online', 4],
        ['phone', 1],
      ] as const)
    : r.weighted(channels);
  const seed: CaseSeed = {
    key: draft.key,
    registeredAt: registrationInstant(r, draft.date),
    role: draft.role,
    person: anonymous ? null : draft.person,
    matter: draft.matter,
    chainKey: draft.chainKey,
    phrasing: draft.phrasing,
    channel,
    officeId: '',
    jointDesk: false,
    anonymous,
    group: null,
    routing: 'transfer',
    lead: '',
    co: [],
    refusedLead: null,
    reviewUnit: null,
    reexamUnit: null,
    holiday: draft.holiday,
    flags: noFlags(),
  };
  routeSeed(r, seed, context.table, context.routingUnits);
  return seed;
}

/** The petition office one level up. */
function escalated(officeId: string): string {
  const key = placeKeyOf(officeId);
  return key === 'p' ? officeId : unitIdOf(placeOf(key).parentKey, 'xfj');
}

const daysLeft = (seed: CaseSeed): number => (periodEndMs - Date.parse(seed.registeredAt)) / dayMs;
const accepted = (seed: CaseSeed): boolean =>
  seed.routing === 'transfer' || seed.routing === 'assign' || seed.routing === 'direct';
const stuck = (seed: CaseSeed): boolean => seed.flags.stuckRouting || seed.flags.stuckReceived;

function assignFlags(random: Random, seeds: CaseSeed[], count: number, context: SeedContext) {
  const choose = (
    share: number,
    eligible: (seed: CaseSeed) => boolean,
    apply: (s: CaseSeed) => void,
  ) => {
    const candidates = random.shuffle(seeds.filter(eligible));
    for (const seed of candidates.slice(0, Math.round(count * share))) apply(seed);
  };
  const accusedIds = (seed: CaseSeed) => new Set(seed.matter.accused.map((party) => party.unitId));
  const groupable = (seed: CaseSeed) =>
    seed.matter.kind.group === true &&
    (seed.role === 'single' || seed.role === 'cluster') &&
    !seed.anonymous;
  let groups = 0;
  choose(demoShares.groupVisits, groupable, (seed) => {
    const many = groups++ % 10 === 3;
    seed.channel = 'visit';
    seed.group = {
      size: random.int(8, 60),
      representatives: many ? random.int(6, 8) : random.int(2, 5),
    };
    routeSeed(random.fork(`group:${seed.key}`), seed, context.table, context.routingUnits);
  });
  for (const seed of seeds) {
    if (seed.channel === 'visit') seed.jointDesk = random.chance(0.5);
  }
  choose(
    demoShares.stuckRouting,
    (s) =>
      s.routing === 'transfer' && s.role === 'single' && daysLeft(s) >= 20 && daysLeft(s) <= 150,
    (s) => {
      s.flags.stuckRouting = true;
    },
  );
  choose(
    demoShares.stuckReceived,
    (s) =>
      s.routing === 'transfer' &&
      s.role === 'single' &&
      !stuck(s) &&
      daysLeft(s) >= 25 &&
      daysLeft(s) <= 150,
    (s) => {
      s.flags.stuckReceived = true;
    },
  );
  choose(
    demoShares.overdue,
    (s) => accepted(s) && !stuck(s) && daysLeft(s) >= 80 && daysLeft(s) <= 210,
    (s) => {
      s.flags.overdue = true;
    },
  );
  const reviewable = (s: CaseSeed, minDays: number) => {
    const level = levelOfUnit(s.lead);
    const up = superiorOf(s.lead);
    return (
      (s.routing === 'transfer' || s.routing === 'assign') &&
      (level === 'county' || level === 'city') &&
      up !== undefined &&
      !accusedIds(s).has(up) &&
      !s.flags.overdue &&
      !stuck(s) &&
      daysLeft(s) >= minDays
    );
  };
  const reexamable = (s: CaseSeed) => {
    const up = superiorOf(s.lead);
    const top = up && superiorOf(up);
    return levelOfUnit(s.lead) === 'county' && top !== undefined && !accusedIds(s).has(top);
  };
  choose(
    demoShares.reexam,
    (s) => reviewable(s, 190) && reexamable(s),
    (s) => {
      s.flags.reexam = true;
    },
  );
  const reexams = seeds.filter((s) => s.flags.reexam).length;
  choose(
    demoShares.review - reexams / count,
    (s) => reviewable(s, 120) && !s.flags.reexam,
    (s) => {
      s.flags.review = true;
    },
  );
  for (const seed of seeds) {
    if (seed.flags.reexam) seed.flags.review = true;
    if (!seed.flags.review) continue;
    const up = superiorOf(seed.lead);
    if (!up) continue;
    seed.reviewUnit = up;
    seed.co = [...seed.co.filter((id) => id !== up), up];
    const top = seed.flags.reexam ? superiorOf(up) : undefined;
    if (top) {
      seed.reexamUnit = top;
      seed.co = [...seed.co.filter((id) => id !== top), top];
    }
  }
  choose(
    demoShares.extended,
    (s) => accepted(s) && !stuck(s) && daysLeft(s) >= (s.flags.overdue ? 110 : 70),
    (s) => {
      s.flags.extended = true;
    },
  );
  choose(
    demoShares.objection,
    (s) => s.routing === 'transfer' && !stuck(s) && daysLeft(s) >= 12,
    (s) => {
      s.flags.objection = true;
    },
  );
  const plain = (s: CaseSeed) =>
    accepted(s) && !stuck(s) && !s.flags.overdue && !s.flags.review && !s.flags.extended;
  choose(demoShares.mediated, plain, (s) => {
    s.flags.mediated = true;
  });
  choose(
    demoShares.withdrawn,
    (s) => plain(s) && !s.flags.mediated,
    (s) => {
      s.flags.withdrawn = true;
    },
  );
  choose(
    demoShares.hearing,
    (s) => plain(s) && !s.flags.mediated && !s.flags.withdrawn && daysLeft(s) >= 60,
    (s) => {
      s.flags.hearing = true;
    },
  );
  choose(
    demoShares.annotated,
    () => true,
    (s) => {
      s.flags.annotated = true;
    },
  );
  const prominent = (s: CaseSeed) =>
    (isKeyCategory(s.matter.kind.category) || s.group !== null) && accepted(s) && !stuck(s);
  choose(demoShares.ownership, prominent, (s) => {
    s.flags.ownership = true;
  });
  choose(demoShares.instruction, prominent, (s) => {
    s.flags.instruction = true;
  });
  choose(
    demoShares.buckPassing,
    (s) => accepted(s) && !stuck(s) && !s.flags.overdue && daysLeft(s) >= 40,
    (s) => {
      s.flags.buckPassing = true;
    },
  );
  choose(
    demoShares.improvement,
    (s) => accepted(s) && !stuck(s) && !s.flags.overdue && daysLeft(s) >= 90,
    (s) => {
      s.flags.improvement = true;
    },
  );
}
