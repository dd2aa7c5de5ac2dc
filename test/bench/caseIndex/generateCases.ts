/**
 * Synthetic cases for the case index bench: a fictional province 99 (3 cities of 3 counties,
 * 20 unit types each), the channel and category mix of domain.md §10, and Chinese titles,
 * requests and facts filled in from small templates. Seeded, so every run is the same.
 */
import { type CaseStatus, type Category, type Channel, categories } from '@lianban/case-model';
import type { CaseIndexEntry } from '../../../server/src/caseIndex/caseIndexEntry.ts';
import {
  extraSentences as extra,
  genericTemplates as generic,
  caseTemplates as templates,
  templateWords as words,
} from './caseTemplates.ts';

let seed = 20260310;
/** mulberry32: a small seeded PRNG, so every run indexes the same cases. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
const chance = (p: number) => random() < p;
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

// The fictional province 99: 3 cities, 3 counties each; 20 unit types per division.
const cities = ['9901', '9902', '9903'];
const counties = cities.flatMap((city) => ['01', '02', '03'].map((k) => `${city}${k}`));
const unitTypes = [
  'xfj',
  'zrzy',
  'zj',
  'sthj',
  'rs',
  'gzw',
  'ga',
  'zfw',
  'fy',
  'jcy',
  'sf',
  'jy',
  'wj',
  'mz',
  'nync',
  'jt',
  'scjg',
  'cg',
  'tyjr',
  'jw',
];
const leadType: Record<Category, string> = {
  landAcquisition: 'zrzy',
  urbanDemolition: 'zj',
  environment: 'sthj',
  enterpriseRestructuring: 'gzw',
  lawAndLitigation: 'zfw',
  labourSocialSecurity: 'rs',
  ruralAgriculture: 'nync',
  housingProperty: 'zj',
  education: 'jy',
  health: 'wj',
  civilAffairs: 'mz',
  veterans: 'tyjr',
  marketRegulation: 'scjg',
  transport: 'jt',
  disciplineInspection: 'jw',
  peoplesSuggestion: 'xfj',
  other: 'xfj',
};
/** The id of the unit of a type in a division, e.g. `u990102-xfj` (the county petition office). */
export const benchUnit = (division: string, type: string) => `u${division}-${type}`;
const unit = benchUnit;

const fill = (template: string) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) =>
    key === 'n'
      ? String(int(2, 300))
      : key === 'year'
        ? String(int(2015, 2025))
        : pick(words[key as keyof typeof words]),
  );
const channelMix: [Channel, number][] = [
  ['online', 0.45],
  ['letter', 0.2],
  ['visit', 0.2],
  ['phone', 0.1],
  ['hotline12345', 0.05],
];
const states: CaseStatus[] = [
  'REGISTERED',
  'TRANSFERRED',
  'ASSIGNED',
  'ACCEPTED',
  'IN_PROGRESS',
  'EXTENDED',
  'REPLIED',
  'IN_REVIEW',
  'CLOSED',
  'TERMINATED',
];
const surnames = ['张', '王', '李', '赵', '刘', '陈', '杨', '黄'];
const given = ['明', '华', '秀英', '建国', '丽', '强', '桂兰', '志刚'];

function weighted<T>(mix: [T, number][]): T {
  let r = random();
  for (const [value, weight] of mix) {
    r -= weight;
    if (r < 0) return value;
  }
  return mix[0]![0];
}

function generateCase(i: number, caseCount: number, today: Date): CaseIndexEntry {
  const category = chance(0.5) ? categories[int(0, 4)]! : pick(categories.slice(5));
  const text = templates[category] ?? generic;
  const cityLevel = chance(0.1);
  const county = pick(counties);
  const division = cityLevel ? `${county.slice(0, 4)}00` : county;
  const state = weighted(
    states.map((s, k) => [s, [5, 8, 4, 6, 35, 4, 10, 3, 22, 3][k]! / 100] as [CaseStatus, number]),
  );
  const routed = state !== 'REGISTERED';
  const lead = routed ? unit(division, leadType[category]) : null;
  const open = !['CLOSED', 'TERMINATED'].includes(state);
  // Open cases are recent and mostly on time (5% overdue); closed ones spread over the year.
  const ageDays = open ? int(0, 75) : int(0, 365);
  const registered = new Date(today.getTime() - ageDays * 86400_000 - int(0, 86399) * 1000);
  const overdue = open && chance(0.05);
  const due = new Date(today.getTime() + (overdue ? -int(1, 30) : int(0, 60)) * 86400_000);
  const phone = `139${String(int(0, 99_999_999)).padStart(8, '0')}`;
  return {
    caseId: `case-${String(i).padStart(6, '0')}`,
    title: fill(pick(text.title)),
    state,
    category,
    channel: weighted(channelMix),
    matterClass:
      category === 'disciplineInspection'
        ? 'accusation'
        : pick(['grievance', 'grievance', 'suggestion', 'inquiry'] as const),
    level: lead ? (cityLevel ? 'city' : 'county') : null,
    divisionCode: division,
    registeringUnitId: unit(division, 'xfj'),
    leadUnitId: lead,
    coHandlingUnitIds: routed && chance(0.1) ? [unit(division, pick(unitTypes))] : [],
    reviewingUnitIds: [],
    accusedUnitIds: chance(0.05) ? [unit(division, pick(unitTypes.slice(1)))] : [],
    accusedUserIds: chance(0.02) ? [`user-${int(1, 2000)}`] : [],
    registeredAt: registered.toISOString(),
    nextDueDate: open ? due.toISOString().slice(0, 10) : null,
    nextDueClock: open ? (routed ? 'handle' : 'route') : null,
    overdue: overdue && chance(0.5),
    repeatLinked: chance(0.1) ? [`case-${String(int(0, caseCount - 1)).padStart(6, '0')}`] : [],
    jointDesk: chance(0.05),
    groupVisit: chance(0.05),
    petitioner: {
      name: pick(surnames) + pick(given),
      idNumber: `${division}19${int(50, 99)}0${int(1, 9)}1${int(0, 9)}${int(1000, 9999)}`,
      phone,
      address: `云岭省青川市河东区${pick(words.street)}${int(1, 200)}号`,
    },
    requestText: `诉求：${fill(pick(text.request))}；${fill(pick(generic.request))}`,
    factsText: [
      fill(pick(text.facts)),
      fill(pick(text.facts)),
      fill(pick(extra)),
      fill(pick(generic.facts)),
    ].join(''),
  };
}

/** The generator of `caseCount` cases registered in the year before `today`: `(i)` gives case i. */
export function createCaseGenerator(caseCount: number, today: Date): (i: number) => CaseIndexEntry {
  seed = 20260310;
  return (i) => generateCase(i, caseCount, today);
}
