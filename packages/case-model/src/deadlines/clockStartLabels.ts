import type { Label } from '../enums/label.ts';
import type { ClockKind } from './clockRun.ts';

/** The event that starts each clock, as named in due-date explanations ('受理日 2026-02-10 不计入'). */
export const clockStartLabels: Readonly<Record<ClockKind, Label>> = {
  route: { zh: '登记日', en: 'the registration date' },
  acceptNotice: { zh: '收到日', en: 'the date of receipt' },
  objection: { zh: '收到转送或交办之日', en: 'the date the transfer or assignment was received' },
  assignmentReport: { zh: '交办日', en: 'the assignment date' },
  handle: { zh: '受理日', en: 'the acceptance date' },
  reviewWindow: { zh: '收到处理意见之日', en: 'the date the reply was received' },
  review: { zh: '收到复查请求之日', en: 'the date the review request was received' },
  reexamWindow: { zh: '收到复查意见之日', en: 'the date the review decision was received' },
  reexam: { zh: '收到复核请求之日', en: 'the date the re-examination request was received' },
  improvementAnswer: { zh: '建议发出日', en: 'the date the proposal was issued' },
  leaderOwnership: { zh: '包案日', en: 'the date the leader took ownership' },
  evaluation: { zh: '答复送达日', en: 'the date the reply was served' },
  supervision: { zh: '督办日', en: 'the date of the supervision order' },
};
