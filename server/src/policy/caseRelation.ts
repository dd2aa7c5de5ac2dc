import { actRoles } from '@lianban/case-model';
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
   * A review (复查) or re-examination (复核) may be requested today, and the user's unit is above
   * the unit whose decision it would be about (its jurisdiction is wider and covers that unit's):
   * the petitioner may lodge the request there, so its staff who record requests may read the
   * case file and record the request, nothing more.
   */
  readonly reviewable: boolean;
  /** `reviewable` is the only reason the user may see the case. */
  readonly reviewOnly: boolean;
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
    requestRecorders.has(principal.role) &&
    facts.requestBaseDivisionCode !== null &&
    isAboveUnit(principal.divisionCode, facts.requestBaseDivisionCode);
  const holds = (isCaseWorker(principal) && (assigned || registering)) || overseeing;
  const entitled = !recused && (holds || reviewable);
  const reviewOnly = entitled && !holds;
  return { recused, assigned, registering, overseeing, reviewable, reviewOnly, entitled };
}

/** The roles that record a review or re-examination request (case-model's act roles). */
const requestRecorders: ReadonlySet<string> = new Set([
  ...actRoles.requestReview,
  ...actRoles.requestReexam,
]);

/** The acts a user who sees a case only through `reviewable` may take on it. */
export const reviewRequestActs: ReadonlySet<string> = new Set(['requestReview', 'requestReexam']);

/**
 * Whether a user sees a case as one who holds or oversees it, not only to record a review
 * request: lists, repeat suggestions and repeat links go by this.
 */
export function seesAsHolder(relation: CaseRelation): boolean {
  return relation.entitled && !relation.reviewOnly;
}

/** Whether a user may act on a case at all (case-model's `decide` judges the act itself). */
export function mayActOn(relation: CaseRelation, commandType: string): boolean {
  return relation.entitled && (!relation.reviewOnly || reviewRequestActs.has(commandType));
}

/** Whether a unit's jurisdiction is strictly wider than another unit's and covers it. */
function isAboveUnit(division: string, otherDivision: string): boolean {
  return (
    jurisdictionPrefix(division).length < jurisdictionPrefix(otherDivision).length &&
    isWithinJurisdiction(division, otherDivision)
  );
}
