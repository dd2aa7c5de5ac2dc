import type { Principal } from '../auth/principal.ts';
import type { CaseAccessFacts } from '../cases/caseDirectory.ts';
import { isCaseWorker, overseeingRoles, relateToCase } from './caseRelation.ts';
import { jurisdictionPrefix } from './isWithinJurisdiction.ts';

/**
 * Which cases a user may see at all, as data a query can apply (the case index, search, the
 * inbox and exports filter with it); `canSeeCase` is the same rule for one case, with one grant
 * lists leave out: a unit above the lead unit may open a case waiting for a review request by
 * its number (`CaseRelation.reviewable`), without every replied case below it filling its lists.
 */
export interface CaseVisibility {
  /** Cases this unit leads or co-handles are visible (null: none by assignment). */
  readonly assignedUnitId: string | null;
  /** Cases registered by this unit are visible (null: none by registration). */
  readonly registeringUnitId: string | null;
  /** Cases whose division starts with this prefix are visible (null: no jurisdiction). */
  readonly divisionPrefix: string | null;
  /** Recusal, which overrides everything: cases accusing this unit or this user are never visible. */
  readonly excludeAccusedUnitId: string;
  readonly excludeAccusedUserId: string;
}

/** The visibility rule of a user, derived from the same principles as `decideDocumentAccess`. */
export function caseVisibility(principal: Principal): CaseVisibility {
  const member = isCaseWorker(principal);
  const divisionPrefix = overseeingRoles.has(principal.role)
    ? jurisdictionPrefix(principal.divisionCode)
    : null;
  return {
    assignedUnitId: member ? principal.unitId : null,
    registeringUnitId: member ? principal.unitId : null,
    divisionPrefix,
    excludeAccusedUnitId: principal.unitId,
    excludeAccusedUserId: principal.userId,
  };
}

/** Whether a user may see a case at all (any of its documents). */
export function canSeeCase(principal: Principal, facts: CaseAccessFacts): boolean {
  return relateToCase(principal, facts).entitled;
}
