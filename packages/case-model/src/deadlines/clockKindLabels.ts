import type { Label } from '../enums/label.ts';
import type { ClockKind } from './clockRun.ts';

/** The name of each deadline clock in both interface languages. */
export const clockKindLabels: Readonly<Record<ClockKind, Label>> = {
  route: { zh: '转送交办期限', en: 'Routing' },
  acceptNotice: { zh: '受理告知期限', en: 'Acceptance notice' },
  objection: { zh: '异议期限', en: 'Objection' },
  assignmentReport: { zh: '交办报告期限', en: 'Assignment report' },
  handle: { zh: '办理期限', en: 'Handling' },
  reviewWindow: { zh: '申请复查期限', en: 'Review request window' },
  review: { zh: '复查期限', en: 'Review' },
  reexamWindow: { zh: '申请复核期限', en: 'Re-examination request window' },
  reexam: { zh: '复核期限', en: 'Re-examination' },
  improvementAnswer: { zh: '改进建议答复期限', en: 'Answer to improvement proposal' },
  leaderOwnership: { zh: '领导包案期限', en: 'Leader ownership' },
  evaluation: { zh: '评价期限', en: 'Evaluation' },
  supervision: { zh: '督办期限', en: 'Supervision' },
};
