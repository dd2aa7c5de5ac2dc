import {
  activeOverlays,
  type CaseState,
  caseStatusLabels,
  outcomeLabels,
  overlayLabels,
  type StateView,
  supervisionReasonLabels,
} from '@lianban/case-model';

/** Projects the folded state onto what readers need, with zh/en labels. */
export function stateView(state: CaseState): StateView {
  return {
    status: state.status,
    statusLabel: caseStatusLabels[state.status],
    statusEventId: state.statusEventId,
    overlays: activeOverlays(state).map((overlay) => ({ overlay, label: overlayLabels[overlay] })),
    routingUnitId: state.routingUnitId,
    leadUnitId: state.leadUnitId,
    coUnitIds: [...state.coUnitIds],
    outcome: state.outcome,
    outcomeLabel: state.outcome === null ? null : outcomeLabels[state.outcome],
    extension: state.extension && {
      days: state.extension.days,
      reason: state.extension.reason,
      at: state.extension.at,
    },
    leaderUserId: state.leaderOwnership?.leaderUserId ?? null,
    supervisionOrders: state.supervisionOrders.map((order) => ({
      id: order.id,
      reason: order.reason,
      reasonLabel: supervisionReasonLabels[order.reason],
      dueDate: order.dueDate,
      issuingUnitId: order.issuingUnitId,
      addressedUnitId: order.addressedUnitId,
      note: order.note,
      reported: order.report !== undefined,
    })),
    improvements: state.improvements.map((item) => ({
      id: item.id,
      addressedUnitId: item.addressedUnitId,
      text: item.text,
      answered: item.answer !== undefined,
      adopted: item.answer?.adopted ?? null,
    })),
    repeatLinks: [...state.repeatLinks],
    eventCount: state.timeline.length,
    conflictCount: state.conflicts.length,
  };
}
