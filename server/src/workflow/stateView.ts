import {
  activeOverlays,
  type CaseState,
  caseStatusLabels,
  type Label,
  type Overlay,
  outcomeLabels,
  overlayLabels,
  supervisionReasonLabels,
} from '@lianban/case-model';

/** The workflow state of a case as the API answers it and the record mirrors it. */
export interface StateView {
  readonly status: string;
  readonly statusLabel: Label;
  /** Send it back as `basis` with the next act that changes the status. */
  readonly statusEventId: string | null;
  readonly overlays: readonly { readonly overlay: Overlay; readonly label: Label }[];
  readonly routingUnitId: string | null;
  readonly leadUnitId: string | null;
  readonly coUnitIds: readonly string[];
  readonly outcome: string | null;
  readonly outcomeLabel: Label | null;
  readonly extension: {
    readonly days: number;
    readonly reason: string;
    readonly at: string;
  } | null;
  readonly leaderUserId: string | null;
  readonly supervisionOrders: readonly {
    readonly id: string;
    readonly reason: string;
    readonly reasonLabel: Label;
    readonly dueDate: string;
    readonly issuingUnitId: string;
    readonly addressedUnitId: string;
    readonly note: string;
    readonly reported: boolean;
  }[];
  readonly improvements: readonly {
    readonly id: string;
    readonly addressedUnitId: string;
    readonly text: string;
    readonly answered: boolean;
    readonly adopted: boolean | null;
  }[];
  readonly repeatLinks: readonly string[];
  readonly eventCount: number;
  readonly conflictCount: number;
}

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
