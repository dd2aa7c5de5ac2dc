/** The kinds of deadline clock a case can run (domain.md §6). */
export type ClockKind =
  | 'route'
  | 'acceptNotice'
  | 'objection'
  | 'assignmentReport'
  | 'handle'
  | 'reviewWindow'
  | 'review'
  | 'reexamWindow'
  | 'reexam'
  | 'improvementAnswer'
  | 'leaderOwnership'
  | 'evaluation'
  | 'supervision';

/** One running (or stopped) deadline clock of a case. */
export interface ClockRun {
  readonly id: string; // unique per case, e.g. 'handle' or 'supervision:<orderId>'
  readonly kind: ClockKind;
  readonly startedAt: string; // ISO instant of the starting event
  readonly length: {
    readonly amount: number;
    readonly unit: 'calendarDays' | 'workingDays' | 'months';
  };
  readonly extensionDays?: number; // an approved extension adds calendar days
  readonly pauses: readonly { readonly from: string; readonly to?: string }[]; // ISO instants; an open pause has no `to`
  readonly stoppedAt?: string; // ISO instant of the act that stopped it
  readonly dueDate?: string; // 'YYYY-MM-DD' fixed by an order (assignment report, supervision), overrides length
}
