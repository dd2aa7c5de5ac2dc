import { randomBytes } from 'node:crypto';
import { createCaseFile, type Label, type Registration } from '@lianban/case-model';
import * as Y from 'yjs';
import type { Principal } from '../auth/principal.ts';

/** A registration as a clerk sends it: the instant and the registering unit default to the server's. */
export type RegistrationDraft = Omit<Registration, 'registeredAt' | 'registeringUnitId'> & {
  readonly registeredAt?: string;
  readonly registeringUnitId?: string;
};

/** `POST /api/cases`: the registration and the idempotency key of the `register` act. */
export interface RegistrationInput {
  readonly idempotencyKey: string;
  readonly registration: RegistrationDraft;
  /** A case id chosen on the server (the demo seed); a client never chooses it. */
  readonly caseId?: string;
}

/** The full registration: the draft with the server's instant and the clerk's unit filled in. */
export function completeRegistration(
  draft: RegistrationDraft,
  principal: Principal,
  now: Date,
): Registration {
  return {
    ...draft,
    registeredAt: draft.registeredAt ?? now.toISOString(),
    registeringUnitId: draft.registeringUnitId ?? principal.unitId,
  };
}

/**
 * What registration requires besides the field shapes (domain.md §3, §7): at least one request;
 * a named petitioner with name and address unless the petition is an anonymous accusation,
 * which must name whom it accuses (its repeat key). Also runs `createCaseFile` on a scratch
 * document, so the real write cannot fail on the content.
 */
export function checkRegistration(registration: Registration): Label | undefined {
  if (!registration.requests.some((request) => request.demand.trim() !== '')) {
    return { zh: '须登记至少一项诉求', en: 'Register at least one request' };
  }
  if (registration.anonymous) {
    if (registration.matterClass !== 'accusation' || registration.accused.length === 0) {
      return {
        zh: '匿名信访仅限检举控告，并须写明被反映对象',
        en: 'Only accusations may be anonymous, and they must name whom they accuse',
      };
    }
  } else {
    const named = registration.petitioners.some(
      (p) => p.role !== 'agent' && p.name.trim() !== '' && (p.address ?? '').trim() !== '',
    );
    if (!named) {
      return {
        zh: '须登记信访人的姓名和住址（匿名检举控告除外）',
        en: "Give the petitioner's name and address (unless an anonymous accusation)",
      };
    }
  }
  try {
    createCaseFile(new Y.Doc(), registration);
  } catch (error) {
    return { zh: `登记内容有误：${String(error)}`, en: `The registration is malformed: ${error}` };
  }
  return undefined;
}

/** A new case id: the registration date and a random suffix, e.g. `20261128-3f9a0c1e`. */
export function newCaseId(registeredAt: string): string {
  const date = registeredAt.slice(0, 10).replaceAll('-', '');
  return `${/^\d{8}$/.test(date) ? date : 'case'}-${randomBytes(4).toString('hex')}`;
}
