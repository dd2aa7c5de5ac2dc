import type { ActSpecs } from './actSpec.ts';
import type { CaseState } from './caseState.ts';
import { isOpenStatus } from './caseStatus.ts';
import { closeGrounds } from './closeGround.ts';
import { hasText } from './hasText.ts';
import { moveTo } from './moveTo.ts';
import { recorded } from './recorded.ts';
import { refusals } from './refusals.ts';
import { unitsInCharge } from './unitsInCharge.ts';
import type { WorkflowEvent } from './workflowEvent.ts';

// A case that ends during a hearing ends the hearing too, so no pause stays open.
function endOpenHearing(state: CaseState, event: WorkflowEvent): CaseState['hearings'] {
  const last = state.hearings.at(-1);
  if (last === undefined || last.to !== undefined) return state.hearings;
  return [...state.hearings.slice(0, -1), { ...last, to: event.at }];
}

/** The status a close ground needs, besides mediation which any open state allows. */
const closableAfter = {
  noReviewRequested: 'REPLIED',
  noReexamRequested: 'REVIEW_DECIDED',
} as const;

/** Ending a case: 撤回 by the petitioner, 办结 by mediation or when no further request came. */
export const endingActs: ActSpecs<'withdraw' | 'close'> = {
  withdraw: {
    transition: true,
    check: (state, act) => {
      if (!isOpenStatus(state.status)) return refusals.wrongState(state.status, act.type);
      const units = [...unitsInCharge(state), state.routingUnitId];
      if (!units.includes(act.actor.unitId)) return refusals.wrongUnit(act.type);
      return hasText(act.payload.reason)
        ? undefined
        : refusals.invalidPayload('须记录撤回的情况', 'Record how the petitioner withdrew');
    },
    apply: (state, event) => ({
      ...moveTo(state, 'WITHDRAWN', event),
      hearings: endOpenHearing(state, event),
      outcome: 'withdrawn',
      closure: { ...recorded(event), ground: 'withdrawn', note: event.payload.reason },
    }),
  },
  close: {
    transition: true,
    check: (state, act) => {
      const { ground, note } = act.payload;
      if (!closeGrounds.includes(ground) || typeof note !== 'string') {
        return refusals.invalidPayload('须写明办结依据', 'Give the ground for closing');
      }
      const allowed =
        ground === 'mediated' ? isOpenStatus(state.status) : state.status === closableAfter[ground];
      if (!allowed) return refusals.wrongState(state.status, act.type);
      return unitsInCharge(state).includes(act.actor.unitId)
        ? undefined
        : refusals.wrongUnit(act.type);
    },
    window: (act) => {
      const { ground } = act.payload;
      if (ground === 'noReviewRequested') return { kind: 'reviewWindow', mustBe: 'closed' };
      if (ground === 'noReexamRequested') return { kind: 'reexamWindow', mustBe: 'closed' };
      return undefined;
    },
    apply: (state, event) => ({
      ...moveTo(state, 'CLOSED', event),
      hearings: endOpenHearing(state, event),
      outcome: event.payload.ground === 'mediated' ? 'mediated' : state.outcome,
      closure: { ...recorded(event), ground: event.payload.ground, note: event.payload.note },
    }),
  },
};
