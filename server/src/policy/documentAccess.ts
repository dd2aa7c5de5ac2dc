import type { DocumentRef } from '@lianban/case-model';
import type { Principal } from '../auth/principal.ts';
import type { CaseAccessFacts } from '../cases/caseDirectory.ts';
import { relateToCase } from './caseRelation.ts';

/** What a user may do with one document of a case. */
export type DocumentAccess = 'write' | 'read' | 'none';

/** Why the decision was taken; logged and audited, never shown to an accused party. */
export type AccessReason =
  | 'recused'
  | 'not-entitled'
  | 'assigned-unit'
  | 'registering-unit'
  | 'jurisdiction'
  | 'review-window'
  | 'server-only'
  | 'own-unit-document'
  | 'other-unit-document';

/** A decision with its reason. */
export interface AccessDecision {
  readonly access: DocumentAccess;
  readonly reason: AccessReason;
}

const handlingRoles = new Set(['handler', 'unitHead', 'agencyHead']);
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
  const relation = relateToCase(principal, facts);
  if (relation.recused) return { access: 'none', reason: 'recused' };
  if (!relation.entitled) return { access: 'none', reason: 'not-entitled' };
  if (relation.reviewOnly) {
    // Enough to record a review request: the file and the record, read only.
    return ref.kind === 'file' || ref.kind === 'record'
      ? { access: 'read', reason: 'review-window' }
      : { access: 'none', reason: 'review-window' };
  }
  const { assigned, registering } = relation;
  const handles = assigned && handlingRoles.has(principal.role);
  const receives =
    registering && principal.role === 'receptionClerk' && openForReception.has(facts.state);
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
