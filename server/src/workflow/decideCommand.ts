import {
  type Actor,
  calendarContext,
  cnMainlandCalendar,
  decide,
  foldEvents,
  isDocumentId,
  type WorkflowCommand,
} from '@lianban/case-model';
import type { Principal } from '../auth/principal.ts';
import { relateToCase, seesAsHolder } from '../policy/caseRelation.ts';
import type { CaseServiceDeps, WorkflowRefusal } from './caseServiceDeps.ts';
import { refusal } from './caseServiceDeps.ts';
import { commandHash } from './commandHash.ts';
import type { CommandInput } from './commandInput.ts';
import { recordEvents } from './recordEvents.ts';
import { maxClockSkewMs, namedUnitIds, serverRefusals } from './serverRefusals.ts';

const context = calendarContext(cnMainlandCalendar);

/** What deciding a command came to: applied now, applied before (a retry), or refused. */
export type Decision =
  | { readonly ok: true; readonly eventId: string; readonly replayed: boolean }
  | WorkflowRefusal;

/** The actor of an act: the signed-in user, their unit and their role, never the client's word. */
export function actorOf(principal: Principal): Actor {
  return { userId: principal.userId, unitId: principal.unitId, role: principal.role };
}

/**
 * Decides a command on a case the user is entitled to and appends what it produces. Runs
 * synchronously from reading the log to appending, so no other command can interleave.
 *
 * 1. Idempotency: a key already on the log with the same content answers as it did (applied:
 *    replayed; kept as a conflict: the same refusal); with other content it is `duplicate-key`.
 * 2. Instants later than the server's clock (plus skew) and unknown units are refused.
 * 3. `decide` with the mainland calendar: its refusal is answered with its reason; a refused
 *    conflict whose only effect is to be recorded is appended, for the unit head to see.
 */
export function decideCommand(
  deps: CaseServiceDeps,
  principal: Principal,
  caseId: string,
  input: CommandInput,
): Decision {
  const hash = commandHash(input, principal.userId);
  const stored = deps.events.findByKey(caseId, input.idempotencyKey);
  const state = foldEvents(deps.events.list(caseId));
  if (stored) {
    if (stored.commandHash !== hash) return serverRefusals.duplicateKey(stored.event.id);
    const conflict = state.conflicts.find((item) => item.event.id === stored.event.id);
    if (!conflict) return { ok: true, eventId: stored.event.id, replayed: true };
    return refusal(conflict.code, conflict.reason, {
      recordedAsConflict: true,
      ...(conflict.conflictsWith ? { conflictsWith: conflict.conflictsWith.id } : {}),
    });
  }
  const now = deps.now();
  const at = input.at ?? now.toISOString();
  if (Date.parse(at) > now.getTime() + maxClockSkewMs) return serverRefusals.futureTime(at);
  const unknown = namedUnitIds(input.payload).find((unitId) => !deps.units.get(unitId));
  if (unknown !== undefined) return serverRefusals.unknownUnit(unknown);
  if (input.type === 'linkRepeat' && !canLink(deps, principal, input.payload.caseId)) {
    return refusal('invalid-payload', {
      zh: '须关联另一个您可查看的案件',
      en: 'Link another case that you may see',
    });
  }

  // The body was validated per type; the union cannot follow `type` through the spread.
  const command = { ...input, at, actor: actorOf(principal) } as WorkflowCommand;
  const result = decide(state, command, context);
  if (result.ok) {
    recordEvents(
      deps,
      caseId,
      result.events.map((event) => ({ event, commandHash: hash })),
    );
    return { ok: true, eventId: input.idempotencyKey, replayed: result.events.length === 0 };
  }
  if (result.event) recordEvents(deps, caseId, [{ event: result.event, commandHash: hash }]);
  return refusal(result.code, result.reason, {
    ...(result.conflictsWith ? { conflictsWith: result.conflictsWith } : {}),
    ...(result.event ? { recordedAsConflict: true } : {}),
  });
}

/**
 * A repeat link names a case that exists and that the user may see as one who handles or
 * oversees it (never a hidden one, nor one open to them only to record a review request).
 */
function canLink(deps: CaseServiceDeps, principal: Principal, caseId: string): boolean {
  const facts = isDocumentId(caseId) ? deps.cases.accessFacts(caseId) : null;
  return facts !== null && seesAsHolder(relateToCase(principal, facts));
}
