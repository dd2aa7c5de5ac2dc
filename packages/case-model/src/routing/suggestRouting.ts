import type { Registration } from '../caseFile/registration.ts';
import { categoryLabels } from '../enums/category.ts';
import type { Label } from '../enums/label.ts';
import { isRoutingAllowed } from './isRoutingAllowed.ts';
import type { RoutingRow, RoutingTable, RoutingUnit } from './routingTable.ts';

/** A routing suggestion: never names an accused unit, and says which units it refused and why. */
export interface RoutingSuggestion {
  readonly lead?: string;
  readonly coHandling: readonly string[];
  readonly refused: readonly { readonly unitId: string; readonly reason: Label }[];
  readonly explanation: readonly Label[];
}

type Candidate = { readonly row: RoutingRow; readonly viaSuperior?: string };

const significant = (code: string): string => code.replace(/(00)+$/, '');

/**
 * Suggests the lead and co-handling units for a registration from a routing table.
 *
 * Rows match when their division prefix covers the registration's division and their category
 * is the registration's or absent; the longest prefix wins, then a named category, then table
 * order. An accused lead (see `isRoutingAllowed`) is refused and the fallbacks are tried in turn:
 * 1. the other matching rows naming the category (usually the competent unit one level up);
 * 2. the refused first lead's superiors from `units`, nearest first (with that row's co-handlers);
 * 3. the matching rows for any category (catch-alls such as the local petition office).
 * Co-handling units come from the row used, minus accused units and the lead. With no suitable
 * lead, `lead` is absent and the explanation says the common superior decides (R2005 Art 24).
 */
export function suggestRouting(
  table: RoutingTable,
  registration: Pick<Registration, 'accused' | 'category' | 'divisionCode'>,
  units: readonly RoutingUnit[] = [],
): RoutingSuggestion {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const name = (id: string): string => byId.get(id)?.name ?? id;
  const division = registration.divisionCode;
  const matching = table
    .map((row, index) => ({ row, index, prefix: significant(row.divisionCode) }))
    .filter(
      ({ row, prefix }) =>
        division.startsWith(prefix) &&
        (row.category === undefined || row.category === registration.category),
    )
    .sort(
      (a, b) =>
        b.prefix.length - a.prefix.length ||
        Number(a.row.category === undefined) - Number(b.row.category === undefined) ||
        a.index - b.index,
    )
    .map(({ row }) => row);

  const refused = new Map<string, Label>();
  const allowed = (id: string): boolean => {
    const check = isRoutingAllowed(registration, id);
    if (!check.ok && !refused.has(id)) refused.set(id, check.reason);
    return check.ok;
  };
  const refusedList = () => [...refused].map(([unitId, reason]) => ({ unitId, reason }));
  const explanation: Label[] = [];
  const first = matching[0];
  if (first === undefined) {
    const category = categoryLabels[registration.category];
    explanation.push({
      zh: `区划 ${division}、类别“${category.zh}”无适用路由规则，请人工指定`,
      en: `No routing row covers division ${division} and category “${category.en}”: choose a unit by hand`,
    });
    return { coHandling: [], refused: [], explanation };
  }

  const named = matching.filter((row) => row.category !== undefined);
  const catchAll = matching.filter((row) => row.category === undefined);
  const ordered: Candidate[] = [
    ...(first.category === undefined ? [{ row: first }] : []),
    ...named.map((row) => ({ row })),
    ...superiors(first.leadUnitId, byId).map((id) => ({ row: first, viaSuperior: id })),
    ...catchAll.filter((row) => row !== first).map((row) => ({ row })),
  ];

  for (const { row, viaSuperior } of ordered) {
    const lead = viaSuperior ?? row.leadUnitId;
    const rowLabel = describe(row, name);
    if (!allowed(lead)) {
      explanation.push(
        viaSuperior === undefined
          ? {
              zh: `规则（${rowLabel.zh}）的主办单位被反映，不予采用`,
              en: `The lead of row (${rowLabel.en}) is accused: row not used`,
            }
          : {
              zh: `上级单位 ${name(lead)} 亦被反映，不予采用`,
              en: `The superior ${name(lead)} is accused too: not used`,
            },
      );
      continue;
    }
    explanation.push(
      viaSuperior === undefined
        ? { zh: `适用路由规则：${rowLabel.zh}`, en: `Routing row applied: ${rowLabel.en}` }
        : {
            zh: `由被反映单位的上级 ${name(lead)} 主办`,
            en: `The superior of the accused unit, ${name(lead)}, leads`,
          },
    );
    const coHandling = [...new Set(row.coHandlingUnitIds)].filter(
      (id) => id !== lead && allowed(id),
    );
    return { lead, coHandling, refused: refusedList(), explanation };
  }
  explanation.push({
    zh: '没有可建议的主办单位（候选单位均被反映），请由共同上级决定',
    en: 'No lead can be suggested (every candidate is accused): the common superior decides',
  });
  return { coHandling: [], refused: refusedList(), explanation };
}

/** The chain of superiors of a unit, nearest first, stopping at a cycle. */
function superiors(unitId: string, byId: ReadonlyMap<string, RoutingUnit>): string[] {
  const chain: string[] = [];
  const seen = new Set([unitId]);
  for (
    let id = byId.get(unitId)?.superiorUnitId;
    id !== undefined && !seen.has(id);
    id = byId.get(id)?.superiorUnitId
  ) {
    seen.add(id);
    chain.push(id);
  }
  return chain;
}

function describe(row: RoutingRow, name: (id: string) => string): Label {
  const category =
    row.category === undefined
      ? { zh: '任意类别', en: 'any category' }
      : categoryLabels[row.category];
  const zhCo = row.coHandlingUnitIds.map(name).join('、');
  const enCo = row.coHandlingUnitIds.map(name).join(', ');
  return {
    zh: `区划 ${row.divisionCode || '全部'}、${category.zh} → 主办 ${name(row.leadUnitId)}${zhCo ? `，协办 ${zhCo}` : ''}`,
    en: `division ${row.divisionCode || 'all'}, ${category.en} → lead ${name(row.leadUnitId)}${enCo ? `, co-handling ${enCo}` : ''}`,
  };
}
