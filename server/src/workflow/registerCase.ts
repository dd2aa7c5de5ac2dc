import {
  type CommandAnswer,
  calendarContext,
  cnMainlandCalendar,
  createCaseFile,
  decide,
  hasCaseFile,
  initialCaseState,
  type Registration,
  registrationFacts,
} from '@lianban/case-model';
import { auditActorOf } from '../audit/auditActorOf.ts';
import type { Principal } from '../auth/principal.ts';
import type { CaseServiceDeps, RequestMeta, ServiceResult } from './caseServiceDeps.ts';
import { refusal } from './caseServiceDeps.ts';
import { commandHash } from './commandHash.ts';
import { actorOf } from './decideCommand.ts';
import { petitionerKeys } from './petitionerKeys.ts';
import { recordEvents } from './recordEvents.ts';
import { refreshProjections } from './refreshProjections.ts';
import {
  checkRegistration,
  completeRegistration,
  newCaseId,
  type RegistrationInput,
} from './registrationInput.ts';
import { resolveAccused } from './resolveAccused.ts';
import { maxClockSkewMs, serverRefusals } from './serverRefusals.ts';
import { stateView } from './stateView.ts';

const context = calendarContext(cnMainlandCalendar);

/**
 * Registers a petition: decides `register` (the role and unit rules are decide's), then in one
 * transaction creates the case directory entry, files the petitioner keys, appends the event and
 * projects the clocks; then writes the `file` document through its room and the `record` mirror.
 * A retry with the same key and content answers the same case again (and repairs a missing file).
 */
export async function registerCase(
  deps: CaseServiceDeps,
  principal: Principal,
  input: RegistrationInput,
  meta: RequestMeta,
): Promise<ServiceResult<CommandAnswer>> {
  const now = deps.now();
  const hash = commandHash({ type: 'register', payload: input.registration }, principal.userId);
  const completed = completeRegistration(input.registration, principal, now);
  const audit = (outcome: 'allowed' | 'denied', caseId: string | undefined, details: object) =>
    deps.audit.record({
      action: outcome === 'allowed' ? 'command.applied' : 'command.rejected',
      actor: auditActorOf(principal),
      sourceAddress: meta.sourceAddress,
      ...(caseId ? { caseId } : {}),
      outcome,
      details: { type: 'register', idempotencyKey: input.idempotencyKey, ...details },
    });

  const existing = deps.events.findRegistration(input.idempotencyKey);
  if (existing) {
    if (existing.commandHash !== hash) {
      audit('denied', undefined, { code: 'duplicate-key' });
      return serverRefusals.duplicateKey(existing.event.id);
    }
    // A repair of the file must carry the original instant, not this retry's default.
    const original = completeRegistration(
      input.registration,
      principal,
      new Date(existing.event.at),
    );
    // ...and the accused persons' accounts, resolved as on the first try.
    const repaired = resolveAccused(original, deps);
    const registration = repaired.ok ? repaired.registration : original;
    return answer(deps, existing.caseId, registration, true, () =>
      audit('allowed', existing.caseId, { replayed: true }),
    );
  }
  const invalid = checkRegistration(completed);
  const late = Date.parse(completed.registeredAt) > now.getTime() + maxClockSkewMs;
  const problem = invalid
    ? serverRefusals.invalidRegistration(invalid)
    : late
      ? serverRefusals.futureTime(completed.registeredAt)
      : undefined;
  const resolved = problem ?? resolveAccused(completed, deps);
  if (!resolved.ok) {
    audit('denied', undefined, { code: resolved.code });
    return resolved;
  }
  const { registration } = resolved;
  const caseId = input.caseId ?? newCaseId(registration.registeredAt);
  const result = decide(
    initialCaseState,
    {
      type: 'register',
      idempotencyKey: input.idempotencyKey,
      at: registration.registeredAt,
      actor: actorOf(principal),
      basis: null,
      payload: { caseId, facts: registrationFacts(registration) },
    },
    context,
  );
  if (!result.ok) {
    audit('denied', undefined, { code: result.code });
    return refusal(result.code, result.reason);
  }
  const events = result.events.map((event) => ({ event, commandHash: hash }));
  recordEvents(deps, caseId, events, () => {
    deps.cases.create(
      {
        caseId,
        divisionCode: registration.divisionCode,
        registeringUnitId: registration.registeringUnitId,
        state: 'REGISTERED',
        accused: registration.accused.map((party) => ({
          name: party.name,
          ...(party.unitId ? { unitId: party.unitId } : {}),
          ...(party.kind === 'person' && party.userId ? { userId: party.userId } : {}),
        })),
      },
      new Date(registration.registeredAt),
    );
    deps.keys.file({
      caseId,
      category: registration.category,
      anonymous: registration.anonymous,
      registeredAt: registration.registeredAt,
      keys: petitionerKeys(registration, deps.keys.secret),
    });
  });
  return answer(deps, caseId, registration, false, () => audit('allowed', caseId, {}));
}

/** Writes the case file if it is not there yet, refreshes the record, audits and answers. */
async function answer(
  deps: CaseServiceDeps,
  caseId: string,
  registration: Registration,
  replayed: boolean,
  audit: () => void,
): Promise<ServiceResult<CommandAnswer>> {
  await deps.writer.write({ caseId, kind: 'file' }, (doc) => {
    if (!hasCaseFile(doc)) createCaseFile(doc, registration);
  });
  const { state, clocks } = await refreshProjections(deps, caseId);
  audit();
  const eventId = state.timeline.find((event) => event.type === 'register')?.id ?? '';
  const body = { caseId, eventId, replayed, state: stateView(state), clocks };
  return { ok: true, body, created: !replayed };
}
