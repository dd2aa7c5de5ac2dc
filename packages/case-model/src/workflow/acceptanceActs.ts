import { acceptNotices } from './acceptNotice.ts';
import type { ActSpecs } from './actSpec.ts';
import type { CaseState } from './caseState.ts';
import { hasText } from './hasText.ts';
import { moveTo } from './moveTo.ts';
import { notAcceptGrounds } from './notAcceptGround.ts';
import { recorded } from './recorded.ts';
import { refusals } from './refusals.ts';
import { isIn, statusGroups } from './statusGroups.ts';

/** The unit that decides on acceptance: the petition office before routing, else the receiving unit. */
function decidingUnit(state: CaseState): string | null | undefined {
  if (isIn(statusGroups.routable, state.status)) return state.routingUnitId;
  if (isIn(statusGroups.received, state.status)) return state.leadUnitId;
  return undefined;
}

/** Acceptance decisions: 不予受理, 受理 (with its written notice), 异议 by a unit that is not competent. */
export const acceptanceActs: ActSpecs<'notAccept' | 'accept' | 'serveAcceptNotice' | 'object'> = {
  notAccept: {
    transition: true,
    check: (state, act) => {
      const unitId = decidingUnit(state);
      if (unitId === undefined) return refusals.wrongState(state.status, act.type);
      if (act.actor.unitId !== unitId) return refusals.wrongUnit(act.type);
      const { ground, reason, legalRoute } = act.payload;
      if (!notAcceptGrounds.includes(ground) || !hasText(reason)) {
        return refusals.invalidPayload(
          '须写明不予受理的依据和理由',
          'Give the ground and the reason',
        );
      }
      if (ground === 'legalProcedure' && !hasText(legalRoute)) {
        return refusals.invalidPayload(
          '应通过法定途径解决的，须告知具体途径',
          'Name the legal route (litigation, arbitration or administrative review)',
        );
      }
      return undefined;
    },
    apply: (state, event) => {
      const { ground, reason, legalRoute } = event.payload;
      return {
        ...moveTo(state, 'NOT_ACCEPTED', event),
        nonAcceptance: {
          ...recorded(event),
          kind: 'notAccept',
          ground,
          reason,
          ...(legalRoute === undefined ? {} : { legalRoute }),
        },
      };
    },
  },
  accept: {
    transition: true,
    check: (state, act) => {
      const unitId = decidingUnit(state);
      if (unitId === undefined) return refusals.wrongState(state.status, act.type);
      if (act.actor.unitId !== unitId) return refusals.wrongUnit(act.type);
      if (!acceptNotices.includes(act.payload.notice)) {
        return refusals.invalidPayload(
          '须说明受理告知书是否送达',
          'Say whether the notice is served',
        );
      }
      return undefined;
    },
    apply: (state, event) => {
      const { notice } = event.payload;
      const direct = isIn(statusGroups.routable, state.status);
      return {
        ...moveTo(state, notice === 'pending' ? 'ACCEPTED' : 'IN_PROGRESS', event),
        leadUnitId: direct ? event.actor.unitId : state.leadUnitId,
        coUnitIds: direct ? [] : state.coUnitIds,
        acceptance: {
          ...recorded(event),
          notice,
          ...(notice === 'served' ? { noticeServedAt: event.at } : {}),
        },
      };
    },
  },
  serveAcceptNotice: {
    transition: true,
    check: (state, act) => {
      if (state.status !== 'ACCEPTED') return refusals.wrongState(state.status, act.type);
      if (act.actor.unitId !== state.leadUnitId) return refusals.wrongUnit(act.type);
      return undefined;
    },
    apply: (state, event) => ({
      ...moveTo(state, 'IN_PROGRESS', event),
      acceptance: state.acceptance && {
        ...state.acceptance,
        notice: 'served',
        noticeServedAt: event.at,
      },
    }),
  },
  object: {
    transition: true,
    check: (state, act) => {
      if (!isIn(statusGroups.received, state.status))
        return refusals.wrongState(state.status, act.type);
      if (act.actor.unitId !== state.leadUnitId) return refusals.wrongUnit(act.type);
      if (!hasText(act.payload.reasons)) {
        return refusals.invalidPayload('异议须说明理由', 'An objection must give its reasons');
      }
      return undefined;
    },
    window: () => ({ kind: 'objection', mustBe: 'open' }),
    apply: (state, event) => ({
      ...moveTo(state, 'OBJECTED', event),
      objections: [...state.objections, { ...recorded(event), reasons: event.payload.reasons }],
      leadUnitId: null,
      coUnitIds: [],
      routing: null,
    }),
  },
};
