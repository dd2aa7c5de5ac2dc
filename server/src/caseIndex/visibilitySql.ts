import type { CaseVisibility } from '../policy/caseVisibility.ts';
import { prefixUpperBound, type SqlFragment } from './sqlFragment.ts';

/** The visibility condition, and for readers without jurisdiction a seek of their cases. */
export interface VisibilitySql extends SqlFragment {
  /**
   * A condition that seeks the cases assigned to or registered by the reader's unit, which
   * include every case they may see when no jurisdiction applies; null when one does.
   */
  readonly unitCases: string | null;
}

/** Party keys of `case_index_accused`: `u:<unitId>` for a unit, `p:<userId>` for a person. */
export function accusedPartyKey(kind: 'unit' | 'person', id: string): string {
  return `${kind === 'unit' ? 'u' : 'p'}:${id}`;
}

const assignedCases = 'SELECT u.seq FROM case_index_unit u WHERE u.unit_id = @vAssigned';
const registeredCases =
  'SELECT r.seq FROM case_index r WHERE r.registering_unit_id = @vRegistering';
const recusal =
  '(c.has_accused = 0 OR NOT EXISTS (SELECT 1 FROM case_index_accused a' +
  ' WHERE a.seq = c.seq AND a.party IN (@vAccusedUnit, @vAccusedUser)))';

/**
 * `caseVisibility` as a condition on `case_index c`: the case is assigned to the user's unit,
 * registered by it, or in the user's jurisdiction; and, overriding all of these, it accuses
 * neither the user's unit nor the user (recusal).
 */
export function visibilitySql(visibility: CaseVisibility): VisibilitySql {
  const grants: string[] = [];
  const seeks: string[] = [];
  const params: Record<string, string> = {
    vAccusedUnit: accusedPartyKey('unit', visibility.excludeAccusedUnitId),
    vAccusedUser: accusedPartyKey('person', visibility.excludeAccusedUserId),
  };
  if (visibility.assignedUnitId !== null) {
    grants.push(`c.seq IN (${assignedCases})`);
    seeks.push(assignedCases);
    params.vAssigned = visibility.assignedUnitId;
  }
  if (visibility.registeringUnitId !== null) {
    grants.push('c.registering_unit_id = @vRegistering');
    seeks.push(registeredCases);
    params.vRegistering = visibility.registeringUnitId;
  }
  // An empty prefix would be everything; `isWithinJurisdiction` grants nothing for it.
  const jurisdiction = Boolean(visibility.divisionPrefix);
  if (visibility.divisionPrefix) {
    grants.push('(c.division_code >= @vDivisionLow AND c.division_code < @vDivisionHigh)');
    params.vDivisionLow = visibility.divisionPrefix;
    params.vDivisionHigh = prefixUpperBound(visibility.divisionPrefix);
  }
  if (grants.length === 0) return { sql: '0', params: {}, unitCases: null };
  return {
    sql: `(${grants.join(' OR ')}) AND ${recusal}`,
    params,
    unitCases: jurisdiction ? null : `c.seq IN (${seeks.join(' UNION ALL ')})`,
  };
}
