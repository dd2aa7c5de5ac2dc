import type { Principal } from '../auth/principal.ts';
import type { CaseAccessFacts } from '../cases/caseDirectory.ts';
import { canSeeCase } from '../policy/caseVisibility.ts';
import { decideDocumentAccess } from '../policy/documentAccess.ts';
import type { CaseListItem, PetitionerDisplay } from './caseIndexEntry.ts';
import type { CaseIndexRow } from './caseIndexRow.ts';
import { maskPetitioner } from './maskPetitioner.ts';

/** The access facts of an indexed case, for the policy module. */
export function accessFactsOfRow(row: CaseIndexRow): CaseAccessFacts {
  return {
    caseId: row.case_id,
    divisionCode: row.division_code,
    registeringUnitId: row.registering_unit_id,
    state: row.state,
    leadUnitId: row.lead_unit_id,
    // Lists do not carry the review-window grant (see `caseVisibility`).
    requestBaseDivisionCode: null,
    coHandlingUnitIds: JSON.parse(row.co_handling_unit_ids) as string[],
    reviewingUnitIds: JSON.parse(row.reviewing_unit_ids) as string[],
    accusedUnitIds: JSON.parse(row.accused_unit_ids) as string[],
    accusedUserIds: JSON.parse(row.accused_user_ids) as string[],
  };
}

/**
 * Whether a reader handles a case and so sees the petitioner unmasked: the policy gives them
 * write access to the case file as a member of an assigned unit (lead or co-handling).
 */
export function handlesCase(principal: Principal, facts: CaseAccessFacts): boolean {
  const decision = decideDocumentAccess(principal, facts, { caseId: facts.caseId, kind: 'file' });
  return decision.access === 'write' && decision.reason === 'assigned-unit';
}

/**
 * A list item for a reader on `today` (China date). Throws if the policy does not let the reader
 * see the case: a safety net behind the SQL translation of `caseVisibility`, failing closed.
 */
export function toListItem(principal: Principal, row: CaseIndexRow, today: string): CaseListItem {
  const facts = accessFactsOfRow(row);
  if (!canSeeCase(principal, facts)) {
    throw new Error(`case index visibility disagrees with the policy on case ${row.case_id}`);
  }
  const petitioner = row.petitioner ? (JSON.parse(row.petitioner) as PetitionerDisplay) : null;
  const unmasked = handlesCase(principal, facts);
  return {
    caseId: row.case_id,
    title: row.title,
    state: row.state as CaseListItem['state'],
    category: row.category as CaseListItem['category'],
    channel: row.channel as CaseListItem['channel'],
    matterClass: row.matter_class as CaseListItem['matterClass'],
    level: row.level as CaseListItem['level'],
    divisionCode: row.division_code,
    registeringUnitId: row.registering_unit_id,
    leadUnitId: row.lead_unit_id,
    coHandlingUnitIds: facts.coHandlingUnitIds,
    registeredAt: row.registered_at,
    nextDueDate: row.next_due_date,
    nextDueClock: row.next_due_clock,
    overdue: row.overdue_key !== null && row.overdue_key < today,
    repeatLinked: JSON.parse(row.repeat_linked) as string[],
    jointCase: row.joint === 1,
    groupVisit: row.group_visit === 1,
    petitioner: petitioner && !unmasked ? maskPetitioner(petitioner) : petitioner,
    petitionerMasked: petitioner !== null && !unmasked,
  };
}
