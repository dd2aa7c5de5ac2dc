import type { ActSpecs } from './actSpec.ts';
import type { CaseState, Routing } from './caseState.ts';
import { hasText } from './hasText.ts';
import { isCalendarDate } from './isCalendarDate.ts';
import { moveTo } from './moveTo.ts';
import { recorded } from './recorded.ts';
import { referralBodies } from './referralBody.ts';
import type { Refusal } from './refusal.ts';
import { refusals } from './refusals.ts';
import { isIn, statusGroups } from './statusGroups.ts';
import type { Act } from './workflowCommand.ts';
import type { EventOf } from './workflowEvent.ts';

function checkRouting(state: CaseState, act: Act<'transfer'> | Act<'assign'>): Refusal | undefined {
  if (!isIn(statusGroups.routable, state.status))
    return refusals.wrongState(state.status, act.type);
  if (act.actor.unitId !== state.routingUnitId) return refusals.wrongUnit(act.type);
  const { leadUnitId, coUnitIds } = act.payload;
  const units = [leadUnitId, ...coUnitIds];
  if (!units.every(hasText) || new Set(units).size !== units.length) {
    return refusals.invalidPayload(
      '主办单位和协办单位须为各不相同的单位',
      'The lead and co-handling units must be distinct units',
    );
  }
  if (leadUnitId === state.routingUnitId) {
    return refusals.invalidPayload(
      '不能转送、交办给本单位；本单位办理请直接受理',
      'A unit cannot route a case to itself; accept it instead',
    );
  }
  const accused = units.find((unitId) => state.facts?.accusedUnitIds.includes(unitId));
  return accused === undefined ? undefined : refusals.accusedUnit(accused);
}

function applyRouting(state: CaseState, event: EventOf<'transfer'> | EventOf<'assign'>): CaseState {
  const { leadUnitId, coUnitIds } = event.payload;
  const routing: Routing =
    event.type === 'assign'
      ? {
          ...recorded(event),
          kind: 'assign',
          leadUnitId,
          coUnitIds: [...coUnitIds],
          reportDueDate: event.payload.reportDueDate,
        }
      : { ...recorded(event), kind: 'transfer', leadUnitId, coUnitIds: [...coUnitIds] };
  const status = event.type === 'assign' ? 'ASSIGNED' : 'TRANSFERRED';
  return { ...moveTo(state, status, event), routing, leadUnitId, coUnitIds: routing.coUnitIds };
}

/** Registration and routing by the petition office: 登记, 转送, 交办, 告知. */
export const intakeActs: ActSpecs<'register' | 'transfer' | 'assign' | 'tell'> = {
  register: {
    transition: true,
    check: (state, act) => {
      if (state.status !== 'DRAFT') return refusals.wrongState(state.status, act.type);
      if (!hasText(act.payload.caseId)) {
        return refusals.invalidPayload('缺少案件编号', 'The case id is missing');
      }
      if (act.actor.unitId !== act.payload.facts.registeringUnitId)
        return refusals.wrongUnit(act.type);
      return undefined;
    },
    apply: (state, event) => ({
      ...moveTo(state, 'REGISTERED', event),
      caseId: event.payload.caseId,
      facts: event.payload.facts,
      routingUnitId: event.payload.facts.registeringUnitId,
    }),
  },
  transfer: { transition: true, check: checkRouting, apply: applyRouting },
  assign: {
    transition: true,
    check: (state, act) =>
      checkRouting(state, act) ??
      (isCalendarDate(act.payload.reportDueDate)
        ? undefined
        : refusals.invalidPayload(
            '交办须写明报告期限（年-月-日）',
            'An assignment needs a report due date (YYYY-MM-DD)',
          )),
    apply: applyRouting,
  },
  tell: {
    transition: true,
    check: (state, act) => {
      if (!isIn(statusGroups.routable, state.status))
        return refusals.wrongState(state.status, act.type);
      if (act.actor.unitId !== state.routingUnitId) return refusals.wrongUnit(act.type);
      if (!referralBodies.includes(act.payload.body)) {
        return refusals.invalidPayload(
          '须指明人大、法院或检察院',
          'Name the congress, the court or the procuratorate',
        );
      }
      return undefined;
    },
    apply: (state, event) => ({
      ...moveTo(state, 'NOT_ACCEPTED', event),
      nonAcceptance: {
        ...recorded(event),
        kind: 'tell',
        body: event.payload.body,
        note: event.payload.note,
      },
    }),
  },
};
