import {
  type ClockView,
  type ConflictEntry,
  caseDocumentRefs,
  foldEvents,
  hasCaseFile,
  type Registration,
  readRegistration,
  roomName,
  type StateView,
  type TimelineEntry,
} from '@lianban/case-model';
import { auditActorOf } from '../audit/auditActorOf.ts';
import type { Principal } from '../auth/principal.ts';
import { relateToCase } from '../policy/caseRelation.ts';
import { decideDocumentAccess } from '../policy/documentAccess.ts';
import { caseClocks } from './caseClocks.ts';
import {
  type CaseServiceDeps,
  hiddenCase,
  type RequestMeta,
  type ServiceResult,
} from './caseServiceDeps.ts';
import { maskRegistration } from './maskRegistration.ts';
import { readStoredDocument } from './readStoredDocument.ts';
import { conflictEntries, timelineEntry } from './recordView.ts';
import { stateView } from './stateView.ts';

/** A document of the case the reader may open, and how. */
export interface OpenableDocument {
  readonly name: string;
  readonly kind: 'file' | 'notes' | 'record' | 'unit';
  readonly unitId?: string;
  readonly access: 'write' | 'read';
}

/** `GET /api/cases/:id`: the case as one reader may see it. */
export interface CaseDetail {
  readonly caseId: string;
  /** The registration; ID numbers, phones and addresses masked unless the reader handles it. */
  readonly registration: Registration | null;
  readonly petitionerMasked: boolean;
  readonly state: StateView;
  readonly clocks: readonly ClockView[];
  readonly timeline: readonly TimelineEntry[];
  readonly conflicts: readonly ConflictEntry[];
  readonly documents: readonly OpenableDocument[];
}

/**
 * Reads a case for a signed-in user: summary, state, clocks with explanations, the timeline and
 * the documents the user may open (by `decideDocumentAccess`). A case that does not exist, or
 * that the user may not see (recusal first of all), is `hidden`. Every attempt is audited.
 */
export async function readCase(
  deps: CaseServiceDeps,
  principal: Principal,
  caseId: string,
  meta: RequestMeta,
): Promise<ServiceResult<CaseDetail>> {
  const facts = deps.cases.accessFacts(caseId);
  const relation = facts ? relateToCase(principal, facts) : null;
  deps.audit.record({
    action: 'case.read',
    actor: auditActorOf(principal),
    sourceAddress: meta.sourceAddress,
    caseId,
    outcome: relation?.entitled ? 'allowed' : 'denied',
  });
  if (!facts || !relation?.entitled) return hiddenCase;

  const state = foldEvents(deps.events.list(caseId));
  const file = await readStoredDocument(deps.store, roomName({ caseId, kind: 'file' }));
  const registration = file && hasCaseFile(file) ? readRegistration(file) : null;
  file?.destroy();
  // Unmasked for whoever may write the case file: its handlers (and the clerk until routed).
  const fileRef = { caseId, kind: 'file' } as const;
  const handles = decideDocumentAccess(principal, facts, fileRef).access === 'write';
  const units = [facts.leadUnitId, ...facts.coHandlingUnitIds].filter(
    (unitId): unitId is string => unitId !== null,
  );
  const documents: OpenableDocument[] = [];
  for (const ref of caseDocumentRefs(caseId, units)) {
    const { access } = decideDocumentAccess(principal, facts, ref);
    if (access === 'none') continue;
    const unit = ref.kind === 'unit' ? { unitId: ref.unitId } : {};
    documents.push({ name: roomName(ref), kind: ref.kind, ...unit, access });
  }
  return {
    ok: true,
    body: {
      caseId,
      registration: registration && (handles ? registration : maskRegistration(registration)),
      petitionerMasked: !handles,
      state: stateView(state),
      clocks: caseClocks(state, deps.now().toISOString()),
      timeline: state.timeline.map(timelineEntry),
      conflicts: conflictEntries(state),
      documents,
    },
  };
}
