import type { Label, Petitioner } from '@lianban/case-model';

/** One deadline in the inbox. */
export interface InboxClock {
  readonly caseId: string;
  readonly title: string | null;
  readonly clockId: string;
  readonly kind: string;
  readonly label: Label;
  /** 'YYYY-MM-DD', China time. */
  readonly dueDate: string;
  readonly paused: boolean;
  readonly subjectId: string | null;
}

/** A supervision order addressed to the user's unit. */
export interface InboxOrder extends InboxClock {
  readonly reason: string;
  readonly reasonLabel: Label;
  readonly note: string;
  readonly issuingUnitId: string;
}

/** A co-handled case whose countersign opinion the user's unit has not signed. */
export interface InboxCountersign {
  readonly caseId: string;
  readonly title: string | null;
  readonly document: string;
}

/** `GET /api/inbox`. */
export interface Inbox {
  /** Today in China time. */
  readonly today: string;
  readonly dueWithinDays: number;
  readonly overdue: readonly InboxClock[];
  readonly dueSoon: readonly InboxClock[];
  /** The rest the user's unit holds, due later, soonest first (at most 50 of `laterTotal`). */
  readonly later: readonly InboxClock[];
  readonly laterTotal: number;
  readonly countersign: readonly InboxCountersign[];
  readonly supervision: readonly InboxOrder[];
}

/** An earlier case a registration draft likely repeats, with the reasons (petitioners masked). */
export interface RepeatCandidate {
  readonly caseId: string;
  readonly title: string;
  readonly state: string;
  readonly registeredAt: string;
  readonly category: string;
  readonly divisionCode: string;
  readonly score: number;
  readonly reasons: readonly Label[];
  readonly petitioners: readonly Petitioner[];
}
