import type { Label } from '../enums/label.ts';

/** Why a supervision order (督办) is issued: the cases listed in R2005 Art 36. */
export const supervisionReasons = [
  'overdue',
  'noReport',
  'wrongProcedure',
  'buckPassing',
  'notExecuted',
  'other',
] as const;

/** One ground for supervision (R2005 Art 36 items 1–6). */
export type SupervisionReason = (typeof supervisionReasons)[number];

/** The name of each supervision ground in both interface languages. */
export const supervisionReasonLabels: Readonly<Record<SupervisionReason, Label>> = {
  overdue: { zh: '无正当理由未按期办结', en: 'Not concluded within the time limit' },
  noReport: { zh: '未按规定反馈办理结果', en: 'Result not reported back' },
  wrongProcedure: { zh: '未按规定程序办理', en: 'Prescribed procedure not followed' },
  buckPassing: { zh: '推诿、敷衍、拖延', en: 'Buck-passing, perfunctory handling or delay' },
  notExecuted: { zh: '不执行信访处理意见', en: 'Handling decision not executed' },
  other: { zh: '其他需要督办的情形', en: 'Other' },
};
