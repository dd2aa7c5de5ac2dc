import type { ActSpecs } from './actSpec.ts';
import type { CaseState } from './caseState.ts';
import { hasText } from './hasText.ts';
import { isCalendarDate } from './isCalendarDate.ts';
import { isLater } from './isLater.ts';
import { recorded } from './recorded.ts';
import { refusals } from './refusals.ts';
import { supervisionReasons } from './supervisionReason.ts';

/** Every unit that has held or decided the case: those a supervision order can address. */
function involvedUnits(state: CaseState): readonly (string | null | undefined)[] {
  return [
    state.routingUnitId,
    state.leadUnitId,
    ...state.coUnitIds,
    ...state.objections.map((objection) => objection.unitId),
    state.review?.unitId,
    state.reexam?.unitId,
  ];
}

/** Supervision (督办, R2005 Art 36), improvement proposals (Art 37) and report-backs. */
export const supervisionActs: ActSpecs<
  'supervise' | 'proposeImprovement' | 'answerImprovement' | 'completionReport'
> = {
  supervise: {
    transition: false,
    check: (state, act) => {
      if (state.status === 'DRAFT') return refusals.wrongState(state.status, act.type);
      const { reason, dueDate, addressedUnitId, note } = act.payload;
      if (
        !supervisionReasons.includes(reason) ||
        !isCalendarDate(dueDate) ||
        typeof note !== 'string'
      ) {
        return refusals.invalidPayload(
          '督办须写明事由（条例第36条）和办理期限（年-月-日）',
          'A supervision order needs a ground (Art 36) and a due date (YYYY-MM-DD)',
        );
      }
      return hasText(addressedUnitId) && involvedUnits(state).includes(addressedUnitId)
        ? undefined
        : refusals.invalidPayload(
            '督办对象须是办理过此案的单位',
            'Address a unit that has handled the case',
          );
    },
    apply: (state, event) => {
      const { reason, dueDate, addressedUnitId, note } = event.payload;
      const order = {
        ...recorded(event),
        id: event.id,
        issuingUnitId: event.actor.unitId,
        reason,
        dueDate,
        addressedUnitId,
        note,
      };
      return { ...state, supervisionOrders: [...state.supervisionOrders, order] };
    },
  },
  proposeImprovement: {
    transition: false,
    check: (state, act) => {
      if (state.status === 'DRAFT') return refusals.wrongState(state.status, act.type);
      return hasText(act.payload.addressedUnitId) && hasText(act.payload.text)
        ? undefined
        : refusals.invalidPayload(
            '须写明建议对象和建议内容',
            'Give the addressed unit and the proposal',
          );
    },
    apply: (state, event) => {
      const { addressedUnitId, text } = event.payload;
      const proposal = {
        ...recorded(event),
        id: event.id,
        issuingUnitId: event.actor.unitId,
        addressedUnitId,
        text,
      };
      return { ...state, improvements: [...state.improvements, proposal] };
    },
  },
  answerImprovement: {
    transition: false,
    check: (state, act) => {
      const { proposalId, answer, adopted } = act.payload;
      const proposal = state.improvements.find((item) => item.id === proposalId);
      if (proposal === undefined)
        return refusals.notFound('该改进建议', 'such improvement proposal');
      if (act.actor.unitId !== proposal.addressedUnitId) return refusals.wrongUnit(act.type);
      if (proposal.answer !== undefined)
        return refusals.alreadyDone(act.type, proposal.answer.eventId);
      if (!isLater(act.at, proposal.at)) return refusals.timeOrder(act.type, proposal.eventId);
      return hasText(answer) && typeof adopted === 'boolean'
        ? undefined
        : refusals.invalidPayload(
            '须书面答复并说明是否采纳',
            'Answer in writing and say whether it is adopted',
          );
    },
    apply: (state, event) => {
      const { proposalId, answer, adopted } = event.payload;
      const improvements = state.improvements.map((item) =>
        item.id === proposalId
          ? { ...item, answer: { ...recorded(event), answer, adopted } }
          : item,
      );
      return { ...state, improvements };
    },
  },
  completionReport: {
    transition: false,
    check: (state, act) => {
      const { orderId, summary } = act.payload;
      if (!hasText(summary)) return refusals.invalidPayload('须写明办理结果', 'Give the result');
      if (orderId !== undefined) {
        const order = state.supervisionOrders.find((item) => item.id === orderId);
        if (order === undefined) return refusals.notFound('该督办单', 'such supervision order');
        if (act.actor.unitId !== order.addressedUnitId) return refusals.wrongUnit(act.type);
        if (order.report !== undefined) return refusals.alreadyDone(act.type, order.report.eventId);
        return isLater(act.at, order.at) ? undefined : refusals.timeOrder(act.type, order.eventId);
      }
      const routing = state.routing;
      if (routing?.kind !== 'assign') return refusals.wrongState(state.status, act.type);
      if (act.actor.unitId !== routing.leadUnitId) return refusals.wrongUnit(act.type);
      return routing.report === undefined
        ? undefined
        : refusals.alreadyDone(act.type, routing.report.eventId);
    },
    apply: (state, event) => {
      const report = { ...recorded(event), summary: event.payload.summary };
      const { orderId } = event.payload;
      if (orderId === undefined) {
        return { ...state, routing: state.routing && { ...state.routing, report } };
      }
      const supervisionOrders = state.supervisionOrders.map((order) =>
        order.id === orderId ? { ...order, report } : order,
      );
      return { ...state, supervisionOrders };
    },
  },
};
