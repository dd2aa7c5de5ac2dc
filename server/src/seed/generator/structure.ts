import {
  type AccusedParty,
  addDays,
  type Category,
  type Channel,
  isKeyCategory,
  type PetitionRequest,
  type RoutingTable,
  type RoutingUnit,
  scoreRepeat,
  suggestRouting,
} from '@lianban/case-model';
import type { MatterKind } from './matterKind.ts';
import { keyMatters } from './mattersKey.ts';
import { otherMatters } from './mattersOther.ts';
import { createPerson, type Person } from './people.ts';
import {
  holidaysInPeriod,
  officeInstant,
  periodEnd,
  periodEndMs,
  periodStartDate,
} from './period.ts';
import {
  counties,
  type Place,
  placeOf,
  provincePlace,
  type Township,
  unitIdOf,
} from './province.ts';
import type { Random } from './random.ts';
import { drawSlots, type Slots } from './slots.ts';

/** Someone who petitions more than once (a repeat petitioner), or once. */
export interface PersonSpec {
  readonly key: string;
  readonly person: Person;
  readonly address: string;
}

/** One matter (同事): its kind, where it arose, its details and whom it accuses. */
export interface MatterSpec {
  readonly key: string;
  readonly kind: MatterKind;
  readonly county: Place;
  readonly township: Township;
  /** The division of the matter: the county, or for a wider matter the city or province. */
  readonly divisionCode: string;
  readonly slots: Slots;
  readonly accused: readonly AccusedParty[];
}

/** How the petition office disposes of a registration. */
export type RoutingKind = 'transfer' | 'assign' | 'direct' | 'tell' | 'notAccept';

/** What a case is meant to go through; the planner turns it into dated acts. */
export interface CaseFlags {
  overdue: boolean;
  stuckRouting: boolean;
  stuckReceived: boolean;
  objection: boolean;
  extended: boolean;
  hearing: boolean;
  review: boolean;
  reexam: boolean;
  mediated: boolean;
  withdrawn: boolean;
  annotated: boolean;
  ownership: boolean;
  instruction: boolean;
  buckPassing: boolean;
  improvement: boolean;
}

/** The skeleton of one case, before its acts and texts are written. */
export interface CaseSeed {
  /** Stable label of the case's random stream. */
  readonly key: string;
  readonly registeredAt: string;
  readonly role: 'single' | 'original' | 'repeat' | 'cluster' | 'otherMatter';
  /** The petitioner; null for a group visit (representatives are drawn) or an anonymous letter. */
  readonly person: PersonSpec | null;
  readonly matter: MatterSpec;
  readonly chainKey: string | null;
  /** Which phrasing of the matter's texts: repeats and cluster members take another. */
  readonly phrasing: number;
  channel: Channel;
  officeId: string;
  jointDesk: boolean;
  anonymous: boolean;
  group: { readonly size: number; readonly representatives: number } | null;
  routing: RoutingKind;
  lead: string;
  co: string[];
  /** A unit the table would lead with but the petition accuses (the routing refuses it). */
  refusedLead: string | null;
  /** The unit one level up, on the case as co-handler, that decides a review. */
  reviewUnit: string | null;
  reexamUnit: string | null;
  readonly holiday: boolean;
  readonly flags: CaseFlags;
}

const categoryWeights: readonly (readonly [Category, number])[] = [
  ['landAcquisition', 12],
  ['urbanDemolition', 11],
  ['environment', 10],
  ['enterpriseRestructuring', 7],
  ['lawAndLitigation', 10],
  ['labourSocialSecurity', 10],
  ['ruralAgriculture', 6],
  ['housingProperty', 9],
  ['education', 4],
  ['health', 3],
  ['civilAffairs', 3],
  ['veterans', 2],
  ['marketRegulation', 3],
  ['transport', 3],
  ['disciplineInspection', 3],
  ['peoplesSuggestion', 2],
  ['other', 2],
];

const allMatters = [...keyMatters, ...otherMatters];

function drawKind(random: Random, category?: Category, exclude?: string): MatterKind {
  const wanted = category ?? random.weighted(categoryWeights);
  const kinds = allMatters.filter((kind) => kind.category === wanted && kind.key !== exclude);
  if (kinds.length === 0) return drawKind(random, undefined, exclude);
  return random.weighted(kinds.map((kind) => [kind, kind.weight] as const));
}

function accusedOf(kind: MatterKind, place: Place, township: Township, slots: Slots) {
  if (!kind.accuses) return [];
  const unitId = kind.accuses === 'township' ? township.unitId : unitIdOf(place.key, kind.accuses);
  const unitName =
    kind.accuses === 'township'
      ? `${slots.place}${slots.township}${slots.township.endsWith('街道') ? '办事处' : '人民政府'}`
      : null;
  if (kind.accusesPerson) {
    return [{ kind: 'person' as const, name: slots.official, unitId }];
  }
  return [{ kind: 'unit' as const, unitId, name: unitName ?? unitId }];
}

/** Draws a matter arising around `date`; `like` keeps the category and county of another. */
export function drawMatter(
  random: Random,
  key: string,
  date: string,
  unitNames: ReadonlyMap<string, string>,
  options: { category?: Category; excludeKind?: string; county?: Place; kind?: MatterKind } = {},
): MatterSpec {
  const kind = options.kind ?? drawKind(random, options.category, options.excludeKind);
  const county = options.county ?? random.pick(counties);
  const township = random.pick(county.townships);
  const level = random.weighted([
    ['county', 88],
    ['city', 10],
    ['province', 2],
  ] as const);
  const city = placeOf(county.parentKey);
  const place = level === 'county' ? county : level === 'city' ? city : provincePlace;
  const slots = drawSlots(random.fork(`slots/${key}`), county, date, township);
  const accused = accusedOf(kind, place, township, slots).map((party) =>
    party.kind === 'unit' ? { ...party, name: unitNames.get(party.unitId) ?? party.name } : party,
  );
  return { key, kind, county, township, divisionCode: place.code, slots, accused };
}

/** Draws a person living in a county, with a full address there. */
export function drawPerson(random: Random, key: string, matter: MatterSpec): PersonSpec {
  const person = createPerson(random, matter.county.code);
  const s = matter.slots;
  const address = random.chance(0.5)
    ? `云岭省${s.place}${s.township}${s.village}${random.int(1, 9)}组${random.int(1, 60)}号`
    : `云岭省${s.place}${s.road}${random.int(1, 300)}号${s.estate}${random.int(1, 20)}栋${random.int(1, 4)}单元${random.int(1, 18)}0${random.int(1, 4)}室`;
  return { key, person, address };
}

/** A registration instant on `date` (office hours, working day), never after the period. */
export function registrationInstant(random: Random, date: string): string {
  const instant = officeInstant(random, date);
  if (Date.parse(instant) <= periodEndMs - 3_600_000) return instant;
  return officeInstant(random, addDays(periodEnd.slice(0, 10), -random.int(1, 5)));
}

/** A date `offset` days into the period. */
export function periodDate(offset: number): string {
  return addDays(periodStartDate, offset);
}

/** Holiday dates whose route deadline (15 days after a working-day registration) they are. */
export function holidayRegistrationDates(): string[] {
  return holidaysInPeriod()
    .map((holiday) => addDays(holiday, -15))
    .filter((date) => date >= periodStartDate);
}

/**
 * Chooses the office (unless given), the routing and its units for a seed (mutates it): the
 * province's routing table through case-model's `suggestRouting`, which never names an accused
 * unit; the unit it refused, if any, is kept so that the office can be shown trying it.
 */
export function routeSeed(
  random: Random,
  seed: CaseSeed,
  table: RoutingTable,
  units: readonly RoutingUnit[],
  office?: string,
): void {
  const { matter } = seed;
  const division = matter.divisionCode;
  const county = matter.county;
  const cityKey = county.parentKey;
  if (office) {
    seed.officeId = office;
  } else if (division === county.code) {
    seed.officeId = random.weighted([
      [unitIdOf(county.key, 'xfj'), 62],
      [unitIdOf(cityKey, 'xfj'), 30],
      [unitIdOf('p', 'xfj'), 8],
    ]);
  } else if (division === provincePlace.code) {
    seed.officeId = unitIdOf('p', 'xfj');
  } else {
    seed.officeId = random.chance(0.85) ? unitIdOf(cityKey, 'xfj') : unitIdOf('p', 'xfj');
  }
  // A city or provincial office routes most county matters down to the county (属地), some to
  // the city's own bureau: the routing table is then read at the city's level.
  const cityLevel =
    division === county.code && !seed.officeId.startsWith('k') && random.chance(0.3);
  const routedDivision = cityLevel ? placeOf(cityKey).code : division;
  const suggestion = suggestRouting(
    rowsCovering(table, routedDivision),
    { accused: matter.accused, category: matter.kind.category, divisionCode: routedDivision },
    units,
  );
  const placeKey = cityLevel
    ? cityKey
    : division === county.code
      ? county.key
      : division === provincePlace.code
        ? 'p'
        : cityKey;
  const accusedIds = new Set(matter.accused.map((party) => party.unitId));
  const override = matter.kind.leadCode ? unitIdOf(placeKey, matter.kind.leadCode) : undefined;
  const lead =
    override && !accusedIds.has(override) ? override : (suggestion.lead ?? seed.officeId);
  seed.lead = lead;
  seed.co = override && lead === override ? [] : [...suggestion.coHandling];
  seed.refusedLead = suggestion.refused.find((item) => item.unitId !== lead)?.unitId ?? null;
  const local = ['landAcquisition', 'urbanDemolition', 'ruralAgriculture', 'transport'];
  if (
    routedDivision === county.code &&
    local.includes(matter.kind.category) &&
    !accusedIds.has(matter.township.unitId) &&
    random.chance(0.5)
  ) {
    seed.co.push(matter.township.unitId);
  }
  const kind = matter.kind;
  const keyOrGroup = isKeyCategory(kind.category) || seed.group !== null;
  if (kind.tell && random.chance(0.35)) seed.routing = 'tell';
  else if (kind.legalRoute && random.chance(0.12)) seed.routing = 'notAccept';
  else if (kind.matterClass === 'suggestion' || kind.matterClass === 'inquiry')
    seed.routing = random.chance(0.6) || lead === seed.officeId ? 'direct' : 'transfer';
  else if (lead === seed.officeId) seed.routing = 'direct';
  else if (random.chance(0.08)) seed.routing = 'direct';
  else if (random.chance(keyOrGroup ? 0.12 : 0.05)) seed.routing = 'assign';
  else seed.routing = 'transfer';
  if (seed.routing === 'direct') {
    seed.lead = seed.officeId;
    seed.co = [];
  }
}

const coveringRows = new WeakMap<RoutingTable, Map<string, RoutingTable>>();

/** The rows of a table whose division covers `division` (all `suggestRouting` would consider). */
function rowsCovering(table: RoutingTable, division: string): RoutingTable {
  let byDivision = coveringRows.get(table);
  if (!byDivision) {
    byDivision = new Map();
    coveringRows.set(table, byDivision);
  }
  let rows = byDivision.get(division);
  if (!rows) {
    rows = table.filter((row) => division.startsWith(row.divisionCode.replace(/(00)+$/, '')));
    byDivision.set(division, rows);
  }
  return rows;
}

/** The office's level, by its unit id prefix. */
export function levelOfUnit(unitId: string): 'province' | 'city' | 'county' | 'township' {
  if (unitId.startsWith('p-')) return 'province';
  if (unitId.startsWith('c')) return 'city';
  return /^k\d+-t\d+$/.test(unitId) ? 'township' : 'county';
}

/** The request of a matter in one phrasing (facts and demand variants). */
export function requestOf(
  matter: MatterSpec,
  factsVariant: number,
  demandVariant: number,
): PetitionRequest {
  const { kind, slots } = matter;
  const pick = <T>(items: readonly T[], i: number): T => items[i % items.length] as T;
  return {
    demand: pick(kind.demands, demandVariant)(slots),
    facts: pick(kind.facts, factsVariant)(slots),
    reason: pick(kind.reasons, factsVariant)(slots),
  };
}

/** Whether some phrasings of two matters would read as the same matter (case-model's scoring). */
export function mattersAlike(a: MatterSpec, b: MatterSpec): boolean {
  if (a.kind.category !== b.kind.category) return false;
  const petition = (matter: MatterSpec, i: number) => ({
    anonymous: false,
    petitioners: [],
    accused: matter.accused,
    category: matter.kind.category,
    divisionCode: matter.divisionCode,
    requests: [requestOf(matter, i, i)],
  });
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      if (scoreRepeat(petition(a, i), petition(b, j)).sameMatter) return true;
    }
  }
  return false;
}
