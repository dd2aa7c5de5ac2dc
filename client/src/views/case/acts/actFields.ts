import {
  acceptNoticeLabels,
  acceptNotices,
  addDays,
  type CommandType,
  closeGroundLabels,
  closeGrounds,
  notAcceptGroundLabels,
  notAcceptGrounds,
  outcomeLabels,
  referralBodies,
  referralBodyLabels,
  replyOutcomes,
  supervisionReasonLabels,
  supervisionReasons,
} from '@lianban/case-model';
import { t } from '../../../i18n/i18n.ts';
import { labelOptions } from '../../form/labelOptions.ts';
import type { ActContext, ActField } from './actFieldTypes.ts';
import { involvedUnits } from './actSamples.ts';

/** The shapes of a form field and of what its defaults depend on. */
export type { ActContext, ActField };

const text = (name: string, required = true): ActField => ({ name, kind: 'textarea', required });
const unit = (name: string, initial?: ActField['initial']): ActField => ({
  name,
  kind: 'unit',
  required: true,
  ...(initial ? { initial } : {}),
});
const select = (
  name: string,
  options: ActField['options'],
  initial?: ActField['initial'],
): ActField => ({ name, kind: 'select', required: true, options, ...(initial ? { initial } : {}) });
const inDays = (days: number) => (context: ActContext) => addDays(context.today, days);
const leadUnit = (context: ActContext) => context.state.leadUnitId ?? '';
const decision = [
  select('outcome', () => labelOptions(replyOutcomes, outcomeLabels)),
  text('summary'),
];
const request = [unit('unitId', (context) => context.unitId), text('reasons')];
const route = [unit('leadUnitId'), { name: 'coUnitIds', kind: 'units' } as ActField];
const openOrders = (context: ActContext) =>
  context.state.supervisionOrders.filter(
    (order) => order.addressedUnitId === context.unitId && !order.report,
  );
const shorten = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** The form of every act: the payload fields of case-model's `CommandPayloads`. */
export const actFields: Readonly<Record<CommandType, readonly ActField[]>> = {
  register: [],
  transfer: route,
  assign: [...route, { name: 'reportDueDate', kind: 'date', required: true, initial: inDays(15) }],
  tell: [
    select('body', () => labelOptions(referralBodies, referralBodyLabels)),
    text('note', false),
  ],
  notAccept: [
    select('ground', () => labelOptions(notAcceptGrounds, notAcceptGroundLabels)),
    text('reason'),
    { name: 'legalRoute', kind: 'text' },
  ],
  accept: [
    select(
      'notice',
      () => labelOptions(acceptNotices, acceptNoticeLabels),
      () => 'served',
    ),
  ],
  serveAcceptNotice: [],
  object: [text('reasons')],
  extend: [{ name: 'days', kind: 'days', required: true }, text('reason')],
  startHearing: [],
  endHearing: [],
  reply: decision,
  requestReview: request,
  decideReview: decision,
  requestReexam: request,
  decideReexam: decision,
  supervise: [
    select('reason', () => labelOptions(supervisionReasons, supervisionReasonLabels)),
    { name: 'dueDate', kind: 'date', required: true, initial: inDays(15) },
    select(
      'addressedUnitId',
      (context) =>
        involvedUnits(context.state).map((value) => ({ value, label: context.unitName(value) })),
      leadUnit,
    ),
    text('note', false),
  ],
  proposeImprovement: [unit('addressedUnitId', leadUnit), text('text')],
  answerImprovement: [
    select('proposalId', (context) =>
      context.state.improvements
        .filter((item) => item.addressedUnitId === context.unitId && !item.answer)
        .map((item) => ({ value: item.id, label: shorten(item.text) })),
    ),
    text('answer'),
    { name: 'adopted', kind: 'checkbox' },
  ],
  takeOwnership: [],
  // The instruction's text goes to the notes document; the act records its id.
  leaderInstruction: [text('instruction')],
  completionReport: [
    {
      name: 'orderId',
      kind: 'select',
      // Open orders addressed to the unit first; the assignment (交办) is reported on last.
      options: (context) => [
        ...openOrders(context).map((order) => ({
          value: order.id,
          label: `${t('act.option.order')} ${order.dueDate}`,
        })),
        { value: '', label: t('act.option.assignment') },
      ],
    },
    text('summary'),
  ],
  withdraw: [text('reason')],
  close: [
    select('ground', () => labelOptions(closeGrounds, closeGroundLabels)),
    text('note', false),
  ],
  rate: [
    select('subject', () =>
      (['acceptance', 'handling'] as const).map((value) => ({
        value,
        label: t(`act.rate.${value}`),
      })),
    ),
    select('rating', () =>
      (['satisfied', 'basicallySatisfied', 'dissatisfied'] as const).map((value) => ({
        value,
        label: t(`act.rating.${value}`),
      })),
    ),
  ],
  linkRepeat: [unit('caseId')],
};
