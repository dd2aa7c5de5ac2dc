import type {
  AdminLevel,
  Category,
  RoutingRow,
  RoutingTable,
  RoutingUnit,
} from '@lianban/case-model';
import type { Unit } from '../../cases/unitDirectory.ts';

/**
 * The fictional province of the demo (domain.md §10): 云岭省, three cities, nine counties and
 * 27 townships, with division codes in the unused 99xxxx range, and its units: the 20 unit types
 * at the province, every city and every county, a joint-reception centre beside each petition
 * bureau, and a government per township. Fixed data: every seed gets the same organisation.
 * The five hand-written demo units (demoOrganisation.ts) are part of it under the same ids.
 */

/** A township (乡镇/街道): its 9-digit code, name and unit. */
export interface Township {
  readonly code: string;
  readonly name: string;
  readonly unitId: string;
}

/** A division with its own set of units: the province, a city or a county. */
export interface Place {
  /** Unit id prefix: 'p', 'c1'…'c3', 'k1'…'k9'. */
  readonly key: string;
  readonly code: string;
  /** Short name, e.g. 河东区. */
  readonly name: string;
  /** Name as units are prefixed, e.g. 青川市河东区. */
  readonly fullName: string;
  readonly level: Extract<AdminLevel, 'province' | 'city' | 'county'>;
  /** The place one level up ('' for the province). */
  readonly parentKey: string;
  readonly townships: readonly Township[];
  /** A district (区) rather than a county (县): decides some unit names. */
  readonly district: boolean;
}

const cityTable = [
  {
    key: 'c1',
    code: '990100',
    name: '青川市',
    counties: [
      ['990102', '河东区', ['幸福街道', '滨河街道', '东关街道']],
      ['990103', '河西区', ['西苑街道', '柳营街道', '清溪镇']],
      ['990121', '柳溪县', ['柳溪镇', '白石镇', '杨柳乡']],
    ],
  },
  {
    key: 'c2',
    code: '990200',
    name: '枫林市',
    counties: [
      ['990202', '枫城区', ['枫桥街道', '红枫街道', '石坝镇']],
      ['990203', '南坪区', ['南坪街道', '龙湾街道', '青岗镇']],
      ['990221', '云石县', ['云石镇', '竹林镇', '瓦窑乡']],
    ],
  },
  {
    key: 'c3',
    code: '990300',
    name: '鹤川市',
    counties: [
      ['990302', '鹤城区', ['鹤鸣街道', '文昌街道', '沙湾镇']],
      ['990303', '望江区', ['望江街道', '江北街道', '渡口镇']],
      ['990321', '松岭县', ['松岭镇', '马鞍镇', '高坪乡']],
    ],
  },
] as const;

/** The province. */
export const provincePlace: Place = {
  key: 'p',
  code: '990000',
  name: '云岭省',
  fullName: '云岭省',
  level: 'province',
  parentKey: '',
  townships: [],
  district: false,
};

/** The three cities. */
export const cities: readonly Place[] = cityTable.map((city) => ({
  key: city.key,
  code: city.code,
  name: city.name,
  fullName: city.name,
  level: 'city',
  parentKey: 'p',
  townships: [],
  district: false,
}));

/** The nine counties, k1 (青川市河东区, 990102) first. */
export const counties: readonly Place[] = cityTable.flatMap((city, cityIndex) =>
  city.counties.map(([code, name, towns], countyIndex) => {
    const key = `k${cityIndex * 3 + countyIndex + 1}`;
    return {
      key,
      code,
      name,
      fullName: `${city.name}${name}`,
      level: 'county' as const,
      parentKey: city.key,
      district: name.endsWith('区'),
      townships: towns.map((town, i) => ({
        code: `${code}${String(i + 1).padStart(3, '0')}`,
        name: town,
        unitId: `${key}-t${i + 1}`,
      })),
    };
  }),
);

/** Every place with units, the province first. */
export const places: readonly Place[] = [provincePlace, ...cities, ...counties];

const placeByKey = new Map(places.map((place) => [place.key, place]));

/** The place of a key; throws on an unknown one. */
export function placeOf(key: string): Place {
  const place = placeByKey.get(key);
  if (!place) throw new Error(`no place ${key}`);
  return place;
}

/** The twenty unit types of every level (domain.md §10), with their names per level. */
export const unitTypes = [
  { type: 'petitionBureau', code: 'xfj', names: ['信访局', '信访局', '信访局'] },
  { type: 'naturalResources', code: 'zrzy', names: ['自然资源厅', '自然资源局', '自然资源分局'] },
  {
    type: 'housing',
    code: 'zj',
    names: ['住房和城乡建设厅', '住房和城乡建设局', '住房和城乡建设局'],
  },
  { type: 'environment', code: 'sthj', names: ['生态环境厅', '生态环境局', '生态环境分局'] },
  {
    type: 'humanResources',
    code: 'rs',
    names: ['人力资源和社会保障厅', '人力资源和社会保障局', '人力资源和社会保障局'],
  },
  {
    type: 'stateAssets',
    code: 'gzw',
    names: [
      '人民政府国有资产监督管理委员会',
      '人民政府国有资产监督管理委员会',
      '国有资产监督管理局',
    ],
  },
  { type: 'publicSecurity', code: 'ga', names: ['公安厅', '公安局', '公安分局'] },
  { type: 'politicalLegal', code: 'zfw', names: ['委政法委员会', '委政法委员会', '委政法委员会'] },
  { type: 'court', code: 'fy', names: ['高级人民法院', '中级人民法院', '人民法院'] },
  { type: 'procuratorate', code: 'jcy', names: ['人民检察院', '人民检察院', '人民检察院'] },
  { type: 'justice', code: 'sf', names: ['司法厅', '司法局', '司法局'] },
  { type: 'education', code: 'jy', names: ['教育厅', '教育局', '教育局'] },
  { type: 'health', code: 'wj', names: ['卫生健康委员会', '卫生健康委员会', '卫生健康局'] },
  { type: 'civilAffairs', code: 'mz', names: ['民政厅', '民政局', '民政局'] },
  { type: 'agriculture', code: 'nync', names: ['农业农村厅', '农业农村局', '农业农村局'] },
  { type: 'transport', code: 'jt', names: ['交通运输厅', '交通运输局', '交通运输局'] },
  {
    type: 'marketRegulation',
    code: 'scjg',
    names: ['市场监督管理局', '市场监督管理局', '市场监督管理局'],
  },
  {
    type: 'urbanManagement',
    code: 'cg',
    names: ['城市管理综合执法监督局', '城市管理综合执法局', '城市管理综合执法局'],
  },
  { type: 'veterans', code: 'tyjr', names: ['退役军人事务厅', '退役军人事务局', '退役军人事务局'] },
  { type: 'discipline', code: 'jw', names: ['纪委监委', '纪委监委', '纪委监委'] },
] as const;

/** The code of a unit type, e.g. 'zj'. */
export type UnitCode = (typeof unitTypes)[number]['code'];

const levelIndex = { province: 0, city: 1, county: 2 } as const;

/** The name of a unit of a type at a place, e.g. 青川市河东区生态环境分局. */
function unitName(place: Place, code: UnitCode): string {
  const spec = unitTypes.find((item) => item.code === code);
  if (!spec) throw new Error(`no unit type ${code}`);
  const suffix =
    code === 'ga' && place.level === 'county' && !place.district
      ? '公安局'
      : spec.names[levelIndex[place.level]];
  return code === 'zfw' ? `中共${place.fullName}${suffix}` : `${place.fullName}${suffix}`;
}

/** The id of the unit of a type at a place, e.g. 'k1-sthj'. */
export function unitIdOf(placeKey: string, code: UnitCode): string {
  return `${placeKey}-${code}`;
}

/** The type code of a unit id of the twenty types, or undefined (townships, centres). */
export function unitCodeOf(unitId: string): UnitCode | undefined {
  const code = unitId.slice(unitId.indexOf('-') + 1);
  return unitTypes.some((item) => item.code === code) ? (code as UnitCode) : undefined;
}

/** The place key of a unit id, e.g. 'k1' for 'k1-sthj' and 'k1-t2'. */
export function placeKeyOf(unitId: string): string {
  return unitId.slice(0, unitId.indexOf('-'));
}

/** The same unit type one level up (county → city → province), or undefined at the top. */
export function superiorOf(unitId: string): string | undefined {
  const code = unitCodeOf(unitId);
  const place = placeByKey.get(placeKeyOf(unitId));
  if (!code || !place || place.parentKey === '') return undefined;
  return unitIdOf(place.parentKey, code);
}

/** Every unit of the province, parents before children (the units table checks parent ids). */
export function provinceUnits(): Unit[] {
  const units: Unit[] = [];
  for (const place of places) {
    const parentBureau = place.parentKey === '' ? null : unitIdOf(place.parentKey, 'xfj');
    for (const { type, code } of unitTypes) {
      units.push({
        id: unitIdOf(place.key, code),
        name: unitName(place, code),
        divisionCode: place.code,
        level: place.level,
        type,
        parentId: code === 'xfj' ? parentBureau : null,
      });
    }
    units.push({
      id: `${place.key}-lhjf`,
      name: `${place.fullName}联合接访中心`,
      divisionCode: place.code,
      level: place.level,
      type: 'jointReceptionCentre',
      parentId: unitIdOf(place.key, 'xfj'),
    });
    for (const township of place.townships) {
      const street = township.name.endsWith('街道');
      units.push({
        id: township.unitId,
        name: `${place.fullName}${township.name}${street ? '办事处' : '人民政府'}`,
        divisionCode: township.code,
        level: 'township',
        type: 'townshipGovernment',
        parentId: null,
      });
    }
  }
  return units;
}

/** The competent unit type (主办) and co-handling types (协办) of each category. */
export const competentUnits: Readonly<
  Record<Category, { readonly lead: UnitCode; readonly co: readonly UnitCode[] }>
> = {
  landAcquisition: { lead: 'zrzy', co: ['nync'] },
  urbanDemolition: { lead: 'zj', co: ['zrzy'] },
  environment: { lead: 'sthj', co: [] },
  enterpriseRestructuring: { lead: 'gzw', co: ['rs'] },
  lawAndLitigation: { lead: 'zfw', co: ['fy'] },
  labourSocialSecurity: { lead: 'rs', co: [] },
  ruralAgriculture: { lead: 'nync', co: [] },
  housingProperty: { lead: 'zj', co: ['cg'] },
  education: { lead: 'jy', co: [] },
  health: { lead: 'wj', co: [] },
  civilAffairs: { lead: 'mz', co: [] },
  veterans: { lead: 'tyjr', co: [] },
  marketRegulation: { lead: 'scjg', co: [] },
  transport: { lead: 'jt', co: [] },
  disciplineInspection: { lead: 'jw', co: [] },
  peoplesSuggestion: { lead: 'xfj', co: [] },
  other: { lead: 'xfj', co: [] },
};

/**
 * The routing table of the province (case-model's `RoutingTable`): per place and category, the
 * competent unit of that place leads with its co-handling units; a catch-all row per place
 * sends anything else to the place's petition bureau. Data, as domain.md §3 wants it.
 */
export function provinceRoutingTable(): RoutingTable {
  const rows: RoutingRow[] = [];
  for (const place of places) {
    for (const [category, spec] of Object.entries(competentUnits) as [
      Category,
      (typeof competentUnits)[Category],
    ][]) {
      rows.push({
        divisionCode: place.code,
        category,
        leadUnitId: unitIdOf(place.key, spec.lead),
        coHandlingUnitIds: spec.co.map((code) => unitIdOf(place.key, code)),
      });
    }
    rows.push({
      divisionCode: place.code,
      leadUnitId: unitIdOf(place.key, 'xfj'),
      coHandlingUnitIds: [],
    });
  }
  return rows;
}

/** The units as routing knows them: names, and the same type one level up as superior. */
export function routingUnits(units: readonly Unit[]): RoutingUnit[] {
  return units.map((unit) => {
    const superior = superiorOf(unit.id);
    return superior === undefined
      ? { id: unit.id, name: unit.name }
      : { id: unit.id, name: unit.name, superiorUnitId: superior };
  });
}
