import type { Label } from '../enums/label.ts';

/** The workflow states of a case (domain.md §5), in the order a case usually passes them. */
export const caseStatuses = [
  'DRAFT',
  'REGISTERED',
  'NOT_ACCEPTED',
  'TRANSFERRED',
  'ASSIGNED',
  'ACCEPTED',
  'OBJECTED',
  'IN_PROGRESS',
  'EXTENDED',
  'HEARING',
  'REPLIED',
  'IN_REVIEW',
  'REVIEW_DECIDED',
  'IN_REEXAM',
  'TERMINATED',
  'WITHDRAWN',
  'CLOSED',
] as const;

/** One workflow state; derived from the event log, never written directly. */
export type CaseStatus = (typeof caseStatuses)[number];

/** The name of each state in both interface languages. */
export const caseStatusLabels: Readonly<Record<CaseStatus, Label>> = {
  DRAFT: { zh: '草稿', en: 'Draft' },
  REGISTERED: { zh: '已登记', en: 'Registered' },
  NOT_ACCEPTED: { zh: '不予受理', en: 'Not accepted' },
  TRANSFERRED: { zh: '已转送', en: 'Transferred' },
  ASSIGNED: { zh: '已交办', en: 'Assigned' },
  ACCEPTED: { zh: '已受理', en: 'Accepted' },
  OBJECTED: { zh: '已提出异议', en: 'Objected' },
  IN_PROGRESS: { zh: '办理中', en: 'In progress' },
  EXTENDED: { zh: '已延期', en: 'Extended' },
  HEARING: { zh: '听证中', en: 'In hearing' },
  REPLIED: { zh: '已答复', en: 'Replied' },
  IN_REVIEW: { zh: '复查中', en: 'Under review' },
  REVIEW_DECIDED: { zh: '已复查', en: 'Review decided' },
  IN_REEXAM: { zh: '复核中', en: 'Under re-examination' },
  TERMINATED: { zh: '已终结', en: 'Terminated' },
  WITHDRAWN: { zh: '已撤回', en: 'Withdrawn' },
  CLOSED: { zh: '已办结', en: 'Closed' },
};

/** The states after which no act moves the case any more. */
export const finalStatuses: readonly CaseStatus[] = [
  'NOT_ACCEPTED',
  'TERMINATED',
  'WITHDRAWN',
  'CLOSED',
];

/** True for a registered case that has not reached a final state. */
export function isOpenStatus(status: CaseStatus): boolean {
  return status !== 'DRAFT' && !finalStatuses.includes(status);
}
