import type { Principal } from '../auth/principal.ts';
import type { CaseAccessFacts } from '../cases/caseDirectory.ts';
import { isWithinJurisdiction, jurisdictionPrefix } from './isWithinJurisdiction.ts';

/** How a user stands to a case; every access rule is read off this. */
export interface CaseRelation {
  /** The user or their unit is accused by the case: recusal overrides everything. */
  readonly recused: boolean;
  /** The user's unit leads, co-handles or reviews (复查, 复核) the case. */
  readonly assigned: boolean;
  /** The user's unit registered the case. */
  readonly registering: boolean;
  /** A supervisor or leader whose jurisdiction covers the case's division. */
  readonly overseeing: boolean;
  /**
   * The case waits for a review (复查) or re-examination (复核) request, and the user's unit is
   * above the lead unit (its jurisdiction is wider and covers the lead unit's): the petitioner
   * may lodge the request there, so the unit may read the case and record it.
   */
  readonly reviewable: boolean;
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
    facts.leadUnitId === principal.unitId ||
    facts.coHandlingUnitIds.includes(principal.unitId) ||
    facts.reviewingUnitIds.includes(principal.unitId);
  const registering = facts.registeringUnitId === principal.unitId;
  const overseeing =
    overseeingRoles.has(principal.role) &&
    isWithinJurisdiction(principal.divisionCode, facts.divisionCode);
  const reviewable =
    isCaseWorker(principal) &&
    reviewWindowStates.has(facts.state) &&
    facts.leadUnitDivisionCode !== null &&
    isAboveUnit(principal.divisionCode, facts.leadUnitDivisionCode);
  const entitled =
    !recused &&
    ((isCaseWorker(principal) && (assigned || registering || reviewable)) || overseeing);
  return { recused, assigned, registering, overseeing, reviewable, entitled };
}

/** States in which a review or re-examination may be requested (after a reply or review). */
const reviewWindowStates: ReadonlySet<string> = new Set(['REPLIED', 'REVIEW_DECIDED']);

/** Whether a unit's jurisdiction is strictly wider than another unit's and covers it. */
function isAboveUnit(division: string, otherDivision: string): boolean {
  return (
    jurisdictionPrefix(division).length < jurisdictionPrefix(otherDivision).length &&
    isWithinJurisdiction(division, otherDivision)
  );
}
