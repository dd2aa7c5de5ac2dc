import type { CommandAnswer } from '@lianban/case-model';
import { auditActorOf } from '../audit/auditActorOf.ts';
import type { Principal } from '../auth/principal.ts';
import { mayActOn, relateToCase } from '../policy/caseRelation.ts';
import {
  type CaseServiceDeps,
  hiddenCase,
  type RequestMeta,
  type ServiceResult,
} from './caseServiceDeps.ts';
import type { CommandInput } from './commandInput.ts';
import { decideCommand } from './decideCommand.ts';
import { refreshProjections } from './refreshProjections.ts';
import { serverRefusals } from './serverRefusals.ts';
import { stateView } from './stateView.ts';

/**
 * Applies one workflow command for a signed-in user. A case that does not exist, that accuses
 * the user or their unit, or that they are not entitled to is answered `hidden` (not found), so
 * nothing is revealed; the act's role and unit rules are decide's. Once decided, the record and
 * the index are refreshed before answering, and the attempt is audited either way.
 */
export async function applyCommand(
  deps: CaseServiceDeps,
  principal: Principal,
  caseId: string,
  input: CommandInput,
  meta: RequestMeta,
): Promise<ServiceResult<CommandAnswer>> {
  const audit = (outcome: 'allowed' | 'denied', details: Record<string, unknown>) =>
    deps.audit.record({
      action: outcome === 'allowed' ? 'command.applied' : 'command.rejected',
      actor: auditActorOf(principal),
      sourceAddress: meta.sourceAddress,
      caseId,
      outcome,
      details: { type: input.type, idempotencyKey: input.idempotencyKey, ...details },
    });
  const facts = deps.cases.accessFacts(caseId);
  const relation = facts ? relateToCase(principal, facts) : null;
  if (!relation?.entitled) {
    audit('denied', { code: 'not-found' });
    return hiddenCase;
  }
  if (!mayActOn(relation, input.type)) {
    audit('denied', { code: 'wrong-unit' });
    return serverRefusals.reviewRequestOnly();
  }
  const decision = decideCommand(deps, principal, caseId, input);
  if (!decision.ok) {
    if (decision.recordedAsConflict) await refreshProjections(deps, caseId);
    audit('denied', {
      code: decision.code,
      ...(decision.conflictsWith ? { conflictsWith: decision.conflictsWith } : {}),
      ...(decision.recordedAsConflict ? { recordedAsConflict: true } : {}),
    });
    return decision;
  }
  const { state, clocks } = await refreshProjections(deps, caseId);
  audit('allowed', { eventId: decision.eventId, replayed: decision.replayed });
  return {
    ok: true,
    body: {
      caseId,
      eventId: decision.eventId,
      replayed: decision.replayed,
      state: stateView(state),
      clocks,
    },
  };
}
