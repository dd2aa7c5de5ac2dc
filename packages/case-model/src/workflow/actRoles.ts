import type { Role } from '../enums/role.ts';
import type { CommandType } from './workflowCommand.ts';

/**
 * Which roles may perform each act. Coarse on purpose: the server adds finer policy
 * (jurisdiction, level, recusal); the unit rules live with each act.
 */
export const actRoles: Readonly<Record<CommandType, readonly Role[]>> = {
  register: ['receptionClerk'],
  transfer: ['receptionClerk'],
  assign: ['receptionClerk'],
  tell: ['receptionClerk'],
  notAccept: ['receptionClerk', 'handler'],
  accept: ['handler'],
  serveAcceptNotice: ['handler'],
  object: ['handler'],
  extend: ['unitHead'],
  startHearing: ['handler'],
  endHearing: ['handler'],
  reply: ['handler'],
  // The petitioner lodges the request; staff of the deciding unit record it.
  requestReview: ['receptionClerk', 'handler'],
  decideReview: ['handler'],
  requestReexam: ['receptionClerk', 'handler'],
  decideReexam: ['handler'],
  supervise: ['supervisor'],
  proposeImprovement: ['supervisor'],
  answerImprovement: ['handler', 'unitHead'],
  takeOwnership: ['leader'],
  leaderInstruction: ['leader'],
  completionReport: ['handler', 'unitHead'],
  withdraw: ['receptionClerk', 'handler'],
  close: ['handler'],
  // Until petitioners have accounts, a clerk of the petition office records the rating.
  rate: ['receptionClerk'],
  linkRepeat: ['receptionClerk', 'handler'],
};
