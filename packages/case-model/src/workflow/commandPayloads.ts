import type { AcceptNotice } from './acceptNotice.ts';
import type { CloseGround } from './closeGround.ts';
import type { NotAcceptGround } from './notAcceptGround.ts';
import type { ReferralBody } from './referralBody.ts';
import type { RegistrationFacts } from './registrationFacts.ts';
import type { ReplyOutcome } from './replyOutcome.ts';
import type { SupervisionReason } from './supervisionReason.ts';

/** A payload with no fields. */
export type NoPayload = Readonly<Record<string, never>>;

/** Whom a case is routed to: one lead unit (主办) and any co-handling units (协办). */
export interface RoutePayload {
  readonly leadUnitId: string;
  readonly coUnitIds: readonly string[];
}

/** A written decision (reply, review, re-examination): its outcome and a summary. */
export interface DecisionPayload {
  readonly outcome: ReplyOutcome;
  readonly summary: string;
}

/** A request for review or re-examination, lodged with the unit that decides it. */
export interface HigherRequestPayload {
  readonly unitId: string;
  readonly reasons: string;
}

/** Which rating: of the acceptance or of the handling (domain.md §9). */
export type RatingSubject = 'acceptance' | 'handling';

/** The payload of every workflow act, by command type. */
export interface CommandPayloads {
  readonly register: { readonly caseId: string; readonly facts: RegistrationFacts };
  readonly transfer: RoutePayload;
  /** 交办 with the date by which the completion report is due ('YYYY-MM-DD'). */
  readonly assign: RoutePayload & { readonly reportDueDate: string };
  readonly tell: { readonly body: ReferralBody; readonly note: string };
  /** `legalRoute` names the litigation, arbitration or review route; required for that ground. */
  readonly notAccept: {
    readonly ground: NotAcceptGround;
    readonly reason: string;
    readonly legalRoute?: string;
  };
  readonly accept: { readonly notice: AcceptNotice };
  readonly serveAcceptNotice: NoPayload;
  readonly object: { readonly reasons: string };
  /** `reason` is what the petitioner is told (R2005 Art 33). */
  readonly extend: { readonly days: number; readonly reason: string };
  readonly startHearing: NoPayload;
  readonly endHearing: NoPayload;
  readonly reply: DecisionPayload;
  readonly requestReview: HigherRequestPayload;
  readonly decideReview: DecisionPayload;
  readonly requestReexam: HigherRequestPayload;
  readonly decideReexam: DecisionPayload;
  /** The issuing unit is the actor's; `dueDate` is 'YYYY-MM-DD'. */
  readonly supervise: {
    readonly reason: SupervisionReason;
    readonly dueDate: string;
    readonly addressedUnitId: string;
    readonly note: string;
  };
  readonly proposeImprovement: { readonly addressedUnitId: string; readonly text: string };
  readonly answerImprovement: {
    readonly proposalId: string;
    readonly answer: string;
    readonly adopted: boolean;
  };
  readonly takeOwnership: NoPayload;
  /** The instruction text lives in the notes document; the record keeps its id. */
  readonly leaderInstruction: { readonly noteId: string };
  /** Reports on a supervision order when `orderId` is given, else on the assignment (交办). */
  readonly completionReport: { readonly summary: string; readonly orderId?: string };
  readonly withdraw: { readonly reason: string };
  readonly close: { readonly ground: CloseGround; readonly note: string };
  /** `rating` is a level of the locality's configurable scale, e.g. 'satisfied'. */
  readonly rate: { readonly subject: RatingSubject; readonly rating: string };
  readonly linkRepeat: { readonly caseId: string };
}
