import type { ActSpecs } from './actSpec.ts';
import type { CaseState, HearingPeriod } from './caseState.ts';
import { checkDecision } from './checkDecision.ts';
import { hasText } from './hasText.ts';
import { moveTo } from './moveTo.ts';
import { recorded } from './recorded.ts';
import { refusals } from './refusals.ts';
import { isIn, statusGroups } from './statusGroups.ts';

// R2005 Art 33: one extension of at most 30 days.
const maxExtensionDays = 30;

/** The open hearing, if any. */
function openHearing(state: CaseState): HearingPeriod | undefined {
  const last = state.hearings.at(-1);
  return last !== undefined && last.to === undefined ? last : undefined;
}

/** Handling by the lead unit: 延期, 听证, 答复. */
export const handlingActs: ActSpecs<'extend' | 'startHearing' | 'endHearing' | 'reply'> = {
  extend: {
    transition: true,
    check: (state, act) => {
      if (state.extension !== null) return refusals.secondExtension(state.extension.eventId);
      if (state.status !== 'IN_PROGRESS') return refusals.wrongState(state.status, act.type);
      if (act.actor.unitId !== state.leadUnitId) return refusals.wrongUnit(act.type);
      const { days, reason } = act.payload;
      if (!Number.isInteger(days) || days < 1) {
        return refusals.invalidPayload(
          '延长天数须为正整数',
          'The extension must be a whole number of days',
        );
      }
      if (days > maxExtensionDays) return refusals.extensionTooLong(days);
      if (!hasText(reason)) {
        return refusals.invalidPayload(
          '须写明告知信访人的延期理由',
          'Give the reason the petitioner is told',
        );
      }
      return undefined;
    },
    window: () => ({ kind: 'handle', mustBe: 'open' }),
    apply: (state, event) => ({
      ...moveTo(state, 'EXTENDED', event),
      extension: {
        ...recorded(event),
        days: event.payload.days,
        reason: event.payload.reason,
        approvedBy: event.actor.userId,
      },
    }),
  },
  startHearing: {
    transition: true,
    check: (state, act) => {
      const unitId = isIn(statusGroups.handling, state.status)
        ? state.leadUnitId
        : state.status === 'IN_REEXAM'
          ? state.reexam?.unitId
          : undefined;
      if (unitId === undefined) return refusals.wrongState(state.status, act.type);
      if (act.actor.unitId !== unitId) return refusals.wrongUnit(act.type);
      return undefined;
    },
    apply: (state, event) => ({
      ...moveTo(state, 'HEARING', event),
      hearings: [
        ...state.hearings,
        {
          ...recorded(event),
          stage: state.status === 'IN_REEXAM' ? 'reexam' : 'handling',
          resumeStatus: state.status,
        },
      ],
    }),
  },
  endHearing: {
    transition: true,
    check: (state, act) => {
      const hearing = openHearing(state);
      if (state.status !== 'HEARING' || hearing === undefined) {
        return refusals.wrongState(state.status, act.type);
      }
      return act.actor.unitId === hearing.unitId ? undefined : refusals.wrongUnit(act.type);
    },
    apply: (state, event) => {
      const hearing = openHearing(state);
      if (hearing === undefined) return state;
      return {
        ...moveTo(state, hearing.resumeStatus, event),
        hearings: [...state.hearings.slice(0, -1), { ...hearing, to: event.at }],
      };
    },
  },
  reply: {
    transition: true,
    check: (state, act) => {
      if (!isIn(statusGroups.handling, state.status))
        return refusals.wrongState(state.status, act.type);
      if (act.actor.unitId !== state.leadUnitId) return refusals.wrongUnit(act.type);
      return checkDecision(act.payload);
    },
    apply: (state, event) => ({
      ...moveTo(state, 'REPLIED', event),
      reply: { ...recorded(event), outcome: event.payload.outcome, summary: event.payload.summary },
      outcome: event.payload.outcome,
    }),
  },
};
