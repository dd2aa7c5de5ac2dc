import type { Label } from '../enums/label.ts';

/** Why a petition is not accepted (domain.md §3; R2005 Art 16, 18, 21, 35). */
export const notAcceptGrounds = [
  'legalProcedure',
  'pendingBelow',
  'terminated',
  'groupWithoutRepresentatives',
  'other',
] as const;

/** One ground for not accepting; `legalProcedure` requires the legal route to be named. */
export type NotAcceptGround = (typeof notAcceptGrounds)[number];

/** The name of each ground in both interface languages. */
export const notAcceptGroundLabels: Readonly<Record<NotAcceptGround, Label>> = {
  legalProcedure: {
    zh: '应通过诉讼、仲裁、行政复议等法定途径解决',
    en: 'Belongs to litigation, arbitration or administrative review',
  },
  pendingBelow: {
    zh: '同一事项正在下级机关办理',
    en: 'The same matter is being handled at a lower level',
  },
  terminated: {
    zh: '已复核终结，以同一事实和理由再次提出',
    en: 'Terminated after re-examination; same facts and reasons',
  },
  groupWithoutRepresentatives: {
    zh: '多人走访经劝告仍不推选代表',
    en: 'Group visit without representatives after warning',
  },
  other: { zh: '其他', en: 'Other' },
};
