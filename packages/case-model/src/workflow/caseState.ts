import type { Outcome } from '../enums/outcome.ts';
import type { AcceptNotice } from './acceptNotice.ts';
import type { CaseStatus } from './caseStatus.ts';
import type { CloseGround } from './closeGround.ts';
import type { CommandPayloads, RatingSubject } from './commandPayloads.ts';
import type { Conflict } from './conflict.ts';
import type { RegistrationFacts } from './registrationFacts.ts';
import type { ReplyOutcome } from './replyOutcome.ts';
import type { SupervisionReason } from './supervisionReason.ts';
import type { WorkflowEvent } from './workflowEvent.ts';

/** Where and when something was recorded: the event, its instant and the acting unit. */
export interface Recorded {
  readonly eventId: string;
  readonly at: string;
  readonly unitId: string;
}

/** The current routing (转送 or 交办) and, for 交办, its report-back; `unitId` is the routing office. */
export interface Routing extends Recorded {
  readonly kind: 'transfer' | 'assign';
  readonly leadUnitId: string;
  readonly coUnitIds: readonly string[];
  readonly reportDueDate?: string;
  readonly report?: Recorded & { readonly summary: string };
}

/** How the case ended without acceptance: told to go elsewhere, or not accepted. */
export type NonAcceptance = Recorded &
  (
    | ({ readonly kind: 'tell' } & CommandPayloads['tell'])
    | ({ readonly kind: 'notAccept' } & CommandPayloads['notAccept'])
  );

/** A written decision with its outcome: reply, review or re-examination decision. */
export interface WrittenDecision extends Recorded {
  readonly outcome: ReplyOutcome;
  readonly summary: string;
}

/** A review or re-examination: the request and, once made, the decision. */
export interface HigherRequest extends Recorded {
  readonly reasons: string;
  readonly decision?: WrittenDecision;
}

/** A hearing (听证) during handling or re-examination; open while `to` is absent. */
export interface HearingPeriod extends Recorded {
  readonly stage: 'handling' | 'reexam';
  readonly to?: string;
  /** The state the case returns to when the hearing ends. */
  readonly resumeStatus: CaseStatus;
}

/** A supervision order (督办), issued at `at`; its id is the id of the event that issued it. */
export interface SupervisionOrder extends Recorded {
  readonly id: string;
  readonly issuingUnitId: string;
  readonly reason: SupervisionReason;
  readonly dueDate: string;
  readonly addressedUnitId: string;
  readonly note: string;
  readonly report?: Recorded & { readonly summary: string };
}

/** An improvement proposal (改进建议) and its written answer; its id is its event's id. */
export interface ImprovementProposal extends Recorded {
  readonly id: string;
  readonly issuingUnitId: string;
  readonly addressedUnitId: string;
  readonly text: string;
  readonly answer?: Recorded & { readonly answer: string; readonly adopted: boolean };
}

/** The workflow state of one case: a fold over its event log (see `foldEvents`). */
export interface CaseState {
  readonly status: CaseStatus;
  /** The event that set `status`: the basis on which the next act is decided. */
  readonly statusEventId: string | null;
  readonly caseId: string | null;
  readonly facts: RegistrationFacts | null;
  /** The petition office that routes the case. */
  readonly routingUnitId: string | null;
  /** 主办 and 协办 units, once routed or accepted. */
  readonly leadUnitId: string | null;
  readonly coUnitIds: readonly string[];
  readonly routing: Routing | null;
  readonly objections: readonly (Recorded & { readonly reasons: string })[];
  readonly nonAcceptance: NonAcceptance | null;
  readonly acceptance:
    | (Recorded & { readonly notice: AcceptNotice; readonly noticeServedAt?: string })
    | null;
  /** The one extension (R2005 Art 33); `approvedBy` is the unit head's user id. */
  readonly extension:
    | (Recorded & { readonly days: number; readonly reason: string; readonly approvedBy: string })
    | null;
  readonly hearings: readonly HearingPeriod[];
  readonly reply: WrittenDecision | null;
  readonly review: HigherRequest | null;
  readonly reexam: HigherRequest | null;
  /** The latest disposal: reply, review or re-examination decision, mediation or withdrawal. */
  readonly outcome: Outcome | null;
  readonly closure:
    | (Recorded & { readonly ground: CloseGround | 'withdrawn'; readonly note: string })
    | null;
  readonly supervisionOrders: readonly SupervisionOrder[];
  readonly improvements: readonly ImprovementProposal[];
  /** 包案: the leader's user id, owning since `at`. */
  readonly leaderOwnership: (Recorded & { readonly leaderUserId: string }) | null;
  /** Ids of leaders' instructions (批示) in the notes document. */
  readonly instructionNoteIds: readonly string[];
  readonly repeatLinks: readonly string[];
  readonly ratings: readonly (Recorded & {
    readonly subject: RatingSubject;
    readonly rating: string;
  })[];
  /** Every applied event, in canonical order. */
  readonly timeline: readonly WorkflowEvent[];
  /** Events that were not applied, with the event they conflict with and why. */
  readonly conflicts: readonly Conflict[];
}

/** The state of a case before its registration. */
export const initialCaseState: CaseState = {
  status: 'DRAFT',
  statusEventId: null,
  caseId: null,
  facts: null,
  routingUnitId: null,
  leadUnitId: null,
  coUnitIds: [],
  routing: null,
  objections: [],
  nonAcceptance: null,
  acceptance: null,
  extension: null,
  hearings: [],
  reply: null,
  review: null,
  reexam: null,
  outcome: null,
  closure: null,
  supervisionOrders: [],
  improvements: [],
  leaderOwnership: null,
  instructionNoteIds: [],
  repeatLinks: [],
  ratings: [],
  timeline: [],
  conflicts: [],
};
