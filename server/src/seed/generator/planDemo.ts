import type { Unit } from '../../cases/unitDirectory.ts';
import { buildSeeds } from './buildSeeds.ts';
import { type PlanContext, planCase } from './planCase.ts';
import type { CasePlan, PlannedLink } from './planTypes.ts';
import { provinceRoutingTable, provinceUnits, routingUnits } from './province.ts';
import { createRandom } from './random.ts';
import { createStaff, type Staff } from './staff.ts';

/** How much to generate, and from which seed. */
export interface DemoPlanOptions {
  readonly seed: string | number;
  readonly cases: number;
}

/** The organisation and the cases of a demo, planned but not yet written anywhere. */
export interface DemoPlan {
  readonly units: readonly Unit[];
  readonly staff: Staff;
  readonly count: number;
  /** The cases in registration order, each planned when it is reached (memory stays flat). */
  cases(): Generator<CasePlan>;
  /** The repeat links of the cases planned so far. */
  readonly links: readonly PlannedLink[];
}

/** The default seed of the demo data. */
export const defaultDemoSeed = 20261120;

/**
 * Plans the demo data of domain.md §10 from a seed: the same seed and count always give the
 * same case ids, texts, acts and instants. Pure: reads no clock, no randomness but the seed's.
 */
export function planDemo(options: DemoPlanOptions): DemoPlan {
  const units = provinceUnits();
  const staff = createStaff(units);
  const unitNames = new Map(units.map((unit) => [unit.id, unit.name]));
  const random = createRandom(`lianban-demo/${options.seed}`);
  const seeds = buildSeeds(random.fork('seeds'), options.cases, {
    table: provinceRoutingTable(),
    routingUnits: routingUnits(units),
    unitNames,
  });
  const links: PlannedLink[] = [];
  return {
    units,
    staff,
    count: seeds.length,
    links,
    *cases() {
      links.length = 0;
      const context: PlanContext = {
        staff,
        unitName: (id: string) => unitNames.get(id) ?? '',
        chains: new Map(),
        firstRequests: new Map(),
      };
      const ids = new Set<string>();
      for (const seed of seeds) {
        const r = random.fork(`case/${seed.key}`);
        let caseId = `${seed.registeredAt.slice(0, 10).replaceAll('-', '')}-${r.hex(8)}`;
        while (ids.has(caseId)) caseId = `${caseId.slice(0, 9)}${r.hex(8)}`;
        ids.add(caseId);
        const { plan, link } = planCase(r, seed, caseId, context);
        if (link) links.push(link);
        yield plan;
      }
    },
  };
}
