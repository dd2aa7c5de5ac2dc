import type { Label } from '../enums/label.ts';
import type { CommandType } from './workflowCommand.ts';

/** The name of each workflow act in both interface languages. */
export const commandLabels: Readonly<Record<CommandType, Label>> = {
  register: { zh: '登记', en: 'Register' },
  transfer: { zh: '转送', en: 'Transfer' },
  assign: { zh: '交办', en: 'Assign' },
  tell: { zh: '告知向有权机关提出', en: 'Tell the petitioner where to go' },
  notAccept: { zh: '不予受理', en: 'Do not accept' },
  accept: { zh: '受理', en: 'Accept' },
  serveAcceptNotice: { zh: '送达受理告知书', en: 'Serve the acceptance notice' },
  object: { zh: '提出异议', en: 'Object (not our remit)' },
  extend: { zh: '延长办理期限', en: 'Extend the handling period' },
  startHearing: { zh: '开始听证', en: 'Start a hearing' },
  endHearing: { zh: '结束听证', en: 'End the hearing' },
  reply: { zh: '出具处理意见', en: 'Reply' },
  requestReview: { zh: '申请复查', en: 'Request a review' },
  decideReview: { zh: '出具复查意见', en: 'Decide the review' },
  requestReexam: { zh: '申请复核', en: 'Request a re-examination' },
  decideReexam: { zh: '出具复核意见', en: 'Decide the re-examination' },
  supervise: { zh: '督办', en: 'Issue a supervision order' },
  proposeImprovement: { zh: '提出改进建议', en: 'Propose an improvement' },
  answerImprovement: { zh: '答复改进建议', en: 'Answer an improvement proposal' },
  takeOwnership: { zh: '领导包案', en: 'Take ownership' },
  leaderInstruction: { zh: '领导批示', en: 'Leader instruction' },
  completionReport: { zh: '报送办理结果', en: 'Report completion' },
  withdraw: { zh: '撤回', en: 'Withdraw' },
  close: { zh: '办结', en: 'Close' },
  rate: { zh: '满意度评价', en: 'Rate satisfaction' },
  linkRepeat: { zh: '关联重复信访', en: 'Link a repeat petition' },
};

/** Every command type, in the order of `commandLabels`. */
export const commandTypes = Object.keys(commandLabels) as readonly CommandType[];
