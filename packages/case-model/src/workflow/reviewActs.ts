import type { ActSpecs } from './actSpec.ts';
import type { CaseState } from './caseState.ts';
import { checkDecision } from './checkDecision.ts';
import { hasText } from './hasText.ts';
import { moveTo } from './moveTo.ts';
import { recorded } from './recorded.ts';
import type { Refusal } from './refusal.ts';
import { refusals } from './refusals.ts';
import type { Act } from './workflowCommand.ts';

/** A request lodged with a higher unit: recorded there, never with a unit already on the case. */
function checkRequest(
  state: CaseState,
  act: Act<'requestReview'> | Act<'requestReexam'>,
  earlierUnits: readonly (string | null | undefined)[],
): Refusal | undefined {
  const { unitId, reasons } = act.payload;
  if (!hasText(unitId) || !hasText(reasons)) {
    return refusals.invalidPayload(
      '须写明受理申请的机关和理由',
      'Give the deciding unit and the reasons',
    );
  }
  if (act.actor.unitId !== unitId) return refusals.wrongUnit(act.type);
  if (earlierUnits.includes(unitId)) {
    return refusals.invalidPayload(
      '复查、复核由原办理机关的上一级机关办理',
      'Review and re-examination are decided one level up, not by a unit that already decided',
    );
  }
  return state.facts?.accusedUnitIds.includes(unitId) ? refusals.accusedUnit(unitId) : undefined;
}

/** Review (复查) and re-examination (复核), R2005 Art 34–35. */
export const reviewActs: ActSpecs<
  'requestReview' | 'decideReview' | 'requestReexam' | 'decideReexam'
> = {
  requestReview: {
    transition: true,
    check: (state, act) =>
      state.status !== 'REPLIED'
        ? refusals.wrongState(state.status, act.type)
        : checkRequest(state, act, [state.leadUnitId]),
    window: () => ({ kind: 'reviewWindow', mustBe: 'open' }),
    apply: (state, event) => ({
      ...moveTo(state, 'IN_REVIEW', event),
      review: { ...recorded(event), reasons: event.payload.reasons },
    }),
  },
  decideReview: {
    transition: true,
    check: (state, act) => {
      if (state.status !== 'IN_REVIEW') return refusals.wrongState(state.status, act.type);
      if (act.actor.unitId !== state.review?.unitId) return refusals.wrongUnit(act.type);
      return checkDecision(act.payload);
    },
    apply: (state, event) => ({
      ...moveTo(state, 'REVIEW_DECIDED', event),
      review: state.review && {
        ...state.review,
        decision: {
          ...recorded(event),
          outcome: event.payload.outcome,
          summary: event.payload.summary,
        },
      },
      outcome: event.payload.outcome,
    }),
  },
  requestReexam: {
    transition: true,
    check: (state, act) =>
      state.status !== 'REVIEW_DECIDED'
        ? refusals.wrongState(state.status, act.type)
        : checkRequest(state, act, [state.leadUnitId, state.review?.unitId]),
    window: () => ({ kind: 'reexamWindow', mustBe: 'open' }),
    apply: (state, event) => ({
      ...moveTo(state, 'IN_REEXAM', event),
      reexam: { ...recorded(event), reasons: event.payload.reasons },
    }),
  },
  decideReexam: {
    transition: true,
    check: (state, act) => {
      if (state.status !== 'IN_REEXAM') return refusals.wrongState(state.status, act.type);
      if (act.actor.unitId !== state.reexam?.unitId) return refusals.wrongUnit(act.type);
      return checkDecision(act.payload);
    },
    apply: (state, event) => ({
      ...moveTo(state, 'TERMINATED', event),
      reexam: state.reexam && {
        ...state.reexam,
        decision: {
          ...recorded(event),
          outcome: event.payload.outcome,
          summary: event.payload.summary,
        },
      },
      outcome: event.payload.outcome,
    }),
  },
};
