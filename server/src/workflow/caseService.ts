import type { CommandAnswer, Inbox, RepeatCandidate } from '@lianban/case-model';
import type { Principal } from '../auth/principal.ts';
import { applyCommand } from './applyCommand.ts';
import type { CaseServiceDeps, RequestMeta, ServiceResult } from './caseServiceDeps.ts';
import type { CommandInput } from './commandInput.ts';
import { buildInbox } from './inbox.ts';
import { type CaseDetail, readCase } from './readCase.ts';
import { registerCase } from './registerCase.ts';
import type { RegistrationInput } from './registrationInput.ts';
import { findRepeatCandidates, type RepeatDraft } from './repeatCandidates.ts';

/** The workflow service: every act on a case, and the reads built on the event log. */
export interface CaseService {
  /** `register`: creates the case, its file and its record. */
  registerCase(
    principal: Principal,
    input: RegistrationInput,
    meta: RequestMeta,
  ): Promise<ServiceResult<CommandAnswer>>;
  /** Any other act on a case, idempotent per key. */
  applyCommand(
    principal: Principal,
    caseId: string,
    input: CommandInput,
    meta: RequestMeta,
  ): Promise<ServiceResult<CommandAnswer>>;
  readCase(
    principal: Principal,
    caseId: string,
    meta: RequestMeta,
  ): Promise<ServiceResult<CaseDetail>>;
  repeatCandidates(
    principal: Principal,
    draft: RepeatDraft,
    meta: RequestMeta,
  ): Promise<RepeatCandidate[]>;
  inbox(principal: Principal, days: number): Promise<Inbox>;
}

/** Builds the service over its parts (see `CaseServiceDeps`). */
export function createCaseService(deps: CaseServiceDeps): CaseService {
  return {
    registerCase: (principal, input, meta) => registerCase(deps, principal, input, meta),
    applyCommand: (principal, caseId, input, meta) =>
      applyCommand(deps, principal, caseId, input, meta),
    readCase: (principal, caseId, meta) => readCase(deps, principal, caseId, meta),
    repeatCandidates: (principal, draft, meta) =>
      findRepeatCandidates(deps, principal, draft, meta),
    inbox: (principal, days) => buildInbox(deps, principal, days),
  };
}
