import type { Label } from '../enums/label.ts';

// The inbox (`GET /api/inbox`) as the server answers it and the client reads it.

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
  /** The supervision order or improvement proposal the clock belongs to. */
  readonly subjectId: string | null;
}

/** A supervision order in the inbox: its deadline and what it asks. */
export interface InboxOrder extends InboxClock {
  readonly reason: string;
  readonly reasonLabel: Label;
  readonly note: string;
  readonly issuingUnitId: string;
}

/** A case whose countersign opinion (会签意见) the user's unit has not signed. */
export interface InboxCountersign {
  readonly caseId: string;
  readonly title: string | null;
  readonly document: string;
}

/** `GET /api/inbox`. */
export interface Inbox {
  /** Today in China time, the day the lists are computed for. */
  readonly today: string;
  readonly dueWithinDays: number;
  readonly overdue: readonly InboxClock[];
  readonly dueSoon: readonly InboxClock[];
  /** The rest of what the user's unit (or the user) holds: due after `dueWithinDays`, soonest first. */
  readonly later: readonly InboxClock[];
  /** How many there are in all (`later` holds at most 50 of them). */
  readonly laterTotal: number;
  readonly countersign: readonly InboxCountersign[];
  /** Open supervision orders (督办) addressed to the user's unit, soonest first. */
  readonly supervision: readonly InboxOrder[];
}
