import type { DocumentRef } from '@lianban/case-model';
import type { Principal } from '../auth/principal.ts';
import type { CaseAccessFacts } from '../cases/caseDirectory.ts';
import { isWithinJurisdiction } from './isWithinJurisdiction.ts';

/** What a user may do with one document of a case. */
export type DocumentAccess = 'write' | 'read' | 'none';

/** Why the decision was taken; logged and audited, never shown to an accused party. */
export type AccessReason =
  | 'recused'
  | 'not-entitled'
  | 'assigned-unit'
  | 'registering-unit'
  | 'jurisdiction'
  | 'server-only'
  | 'own-unit-document'
  | 'other-unit-document';

/** A decision with its reason. */
export interface AccessDecision {
  readonly access: DocumentAccess;
  readonly reason: AccessReason;
}

const handlingRoles = new Set(['handler', 'unitHead', 'agencyHead']);
const overseeingRoles = new Set(['supervisor', 'leader']);
const openForReception = new Set(['DRAFT', 'REGISTERED']);

/**
 * The one access policy: decides, per document of a case, write, read or nothing.
 * Recusal of accused units and persons overrides every other rule (domain.md §7).
 */
export function decideDocumentAccess(
  principal: Principal,
  facts: CaseAccessFacts,
  ref: DocumentRef,
): AccessDecision {
  if (
    facts.accusedUnitIds.includes(principal.unitId) ||
    facts.accusedUserIds.includes(principal.userId)
  ) {
    return { access: 'none', reason: 'recused' };
  }
  const assigned =
    facts.leadUnitId === principal.unitId || facts.coHandlingUnitIds.includes(principal.unitId);
  const registering = facts.registeringUnitId === principal.unitId;
  const overseeing =
    overseeingRoles.has(principal.role) &&
    isWithinJurisdiction(principal.divisionCode, facts.divisionCode);
  const handles = assigned && handlingRoles.has(principal.role);
  const receives =
    registering && principal.role === 'receptionClerk' && openForReception.has(facts.state);

  // Administrators and analysts run the system and its statistics; they do not read case files.
  const member = principal.role !== 'admin' && principal.role !== 'analyst';
  const entitled = (member && (assigned || registering)) || overseeing;
  if (!entitled) return { access: 'none', reason: 'not-entitled' };
  const readReason: AccessReason = assigned
    ? 'assigned-unit'
    : registering
      ? 'registering-unit'
      : 'jurisdiction';

  switch (ref.kind) {
    case 'record':
      return { access: 'read', reason: 'server-only' };
    case 'notes':
      return { access: 'write', reason: readReason };
    case 'file':
      return handles || receives
        ? { access: 'write', reason: handles ? 'assigned-unit' : 'registering-unit' }
        : { access: 'read', reason: readReason };
    case 'unit':
      return handles && ref.unitId === principal.unitId
        ? { access: 'write', reason: 'own-unit-document' }
        : { access: 'read', reason: 'other-unit-document' };
  }
}
