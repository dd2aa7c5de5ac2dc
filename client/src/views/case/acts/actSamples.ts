import { addDays, type CaseState, type CommandType, closeGrounds } from '@lianban/case-model';

/** A unit id no case names: stands for "some other unit" in a trial decision. */
const otherUnit = 'unit-probe';

/** Every unit that has held or decided the case: those a supervision order may address. */
export function involvedUnits(state: CaseState): string[] {
  const units = [
    state.routingUnitId,
    state.leadUnitId,
    ...state.coUnitIds,
    ...state.objections.map((objection) => objection.unitId),
    state.review?.unitId,
    state.reexam?.unitId,
  ];
  return [
    ...new Set(units.filter((unit): unit is string => typeof unit === 'string' && unit !== '')),
  ];
}

/**
 * Well-formed payloads to try an act with, so that `decide` answers on the case's state, the
 * user's role and unit and the deadline windows rather than on an empty form. An act is open to
 * the user when any of its samples is accepted.
 */
export function actSamples(
  type: CommandType,
  state: CaseState,
  unitId: string,
  today: string,
): readonly Record<string, unknown>[] {
  const text = '—';
  const decision = { outcome: 'supported', summary: text };
  switch (type) {
    case 'register':
      return [];
    case 'transfer':
      return [{ leadUnitId: otherUnit, coUnitIds: [] }];
    case 'assign':
      return [{ leadUnitId: otherUnit, coUnitIds: [], reportDueDate: addDays(today, 15) }];
    case 'tell':
      return [{ body: 'court', note: text }];
    case 'notAccept':
      return [{ ground: 'other', reason: text }];
    case 'accept':
      return [{ notice: 'served' }];
    case 'object':
      return [{ reasons: text }];
    case 'extend':
      return [{ days: 1, reason: text }];
    case 'reply':
    case 'decideReview':
    case 'decideReexam':
      return [decision];
    case 'requestReview':
    case 'requestReexam':
      return [{ unitId, reasons: text }];
    case 'supervise':
      return involvedUnits(state).map((addressedUnitId) => ({
        reason: 'other',
        dueDate: addDays(today, 15),
        addressedUnitId,
        note: '',
      }));
    case 'proposeImprovement':
      return [{ addressedUnitId: otherUnit, text }];
    case 'answerImprovement':
      return state.improvements.map((item) => ({
        proposalId: item.id,
        answer: text,
        adopted: true,
      }));
    case 'leaderInstruction':
      return [{ noteId: 'note-probe' }];
    case 'completionReport':
      return [
        { summary: text },
        ...state.supervisionOrders.map((order) => ({ summary: text, orderId: order.id })),
      ];
    case 'withdraw':
      return [{ reason: text }];
    case 'close':
      return closeGrounds.map((ground) => ({ ground, note: '' }));
    case 'rate':
      return [
        { subject: 'acceptance', rating: 'satisfied' },
        { subject: 'handling', rating: 'satisfied' },
      ];
    case 'linkRepeat':
      return [{ caseId: 'case-probe' }];
    default:
      return [{}];
  }
}
