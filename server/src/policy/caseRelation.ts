import type { Principal } from '../auth/principal.ts';
import type { CaseAccessFacts } from '../cases/caseDirectory.ts';
import { isWithinJurisdiction } from './isWithinJurisdiction.ts';

/** How a user stands to a case; every access rule is read off this. */
export interface CaseRelation {
  /** The user or their unit is accused by the case: recusal overrides everything. */
  readonly recused: boolean;
  /** The user's unit leads or co-handles the case. */
  readonly assigned: boolean;
  /** The user's unit registered the case. */
  readonly registering: boolean;
  /** A supervisor or leader whose jurisdiction covers the case's division. */
  readonly overseeing: boolean;
  /** The user may see the case at all. */
  readonly entitled: boolean;
}

/** Roles that oversee cases within their jurisdiction. */
export const overseeingRoles: ReadonlySet<string> = new Set(['supervisor', 'leader']);

/** Administrators and analysts run the system and its statistics; they do not read case files. */
export function isCaseWorker(principal: Principal): boolean {
  return principal.role !== 'admin' && principal.role !== 'analyst';
}

/** Relates a user to a case. */
export function relateToCase(principal: Principal, facts: CaseAccessFacts): CaseRelation {
  const recused =
    facts.accusedUnitIds.includes(principal.unitId) ||
    facts.accusedUserIds.includes(principal.userId);
  const assigned =
    facts.leadUnitId === principal.unitId || facts.coHandlingUnitIds.includes(principal.unitId);
  const registering = facts.registeringUnitId === principal.unitId;
  const overseeing =
    overseeingRoles.has(principal.role) &&
    isWithinJurisdiction(principal.divisionCode, facts.divisionCode);
  const entitled =
    !recused && ((isCaseWorker(principal) && (assigned || registering)) || overseeing);
  return { recused, assigned, registering, overseeing, entitled };
}
