import {
  acceptNotices,
  type CommandPayloads,
  closeGrounds,
  notAcceptGrounds,
  referralBodies,
  supervisionReasons,
} from '@lianban/case-model';
import { z } from 'zod';
import type { CaseCommandType } from '../workflow/commandInput.ts';
import { idempotencyKey } from './registrationSchema.ts';

const id = z.string().min(1).max(64);
const text = (max = 10_000) => z.string().max(max);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const none = z.object({}).strict();
const route = { leadUnitId: id, coUnitIds: z.array(id).max(20).default([]) };
const decision = z
  .object({ outcome: z.enum(['supported', 'explained', 'notSupported']), summary: text() })
  .strict();
const higherRequest = z.object({ unitId: id, reasons: text() }).strict();

/** The payload schema of each act the commands route takes (shapes only: the rules are decide's). */
const payloads = {
  transfer: z.object(route).strict(),
  assign: z.object({ ...route, reportDueDate: date }).strict(),
  tell: z.object({ body: z.enum(referralBodies), note: text() }).strict(),
  notAccept: z
    .object({ ground: z.enum(notAcceptGrounds), reason: text(), legalRoute: text(500).optional() })
    .strict(),
  accept: z.object({ notice: z.enum(acceptNotices) }).strict(),
  serveAcceptNotice: none,
  object: z.object({ reasons: text() }).strict(),
  extend: z.object({ days: z.number().int(), reason: text() }).strict(),
  startHearing: none,
  endHearing: none,
  reply: decision,
  requestReview: higherRequest,
  decideReview: decision,
  requestReexam: higherRequest,
  decideReexam: decision,
  supervise: z
    .object({
      reason: z.enum(supervisionReasons),
      dueDate: date,
      addressedUnitId: id,
      note: text().default(''),
    })
    .strict(),
  proposeImprovement: z.object({ addressedUnitId: id, text: text() }).strict(),
  answerImprovement: z.object({ proposalId: id, answer: text(), adopted: z.boolean() }).strict(),
  takeOwnership: none,
  leaderInstruction: z.object({ noteId: id }).strict(),
  completionReport: z.object({ summary: text(), orderId: text(128).optional() }).strict(),
  withdraw: z.object({ reason: text() }).strict(),
  close: z.object({ ground: z.enum(closeGrounds), note: text().default('') }).strict(),
  rate: z.object({ subject: z.enum(['acceptance', 'handling']), rating: text(32) }).strict(),
  linkRepeat: z.object({ caseId: id }).strict(),
} satisfies { [K in CaseCommandType]: z.ZodType<CommandPayloads[K], unknown> };

type Payloads = typeof payloads;

function commandOf<K extends keyof Payloads>(type: K, payload: Payloads[K]) {
  return z
    .object({
      type: z.literal(type),
      idempotencyKey,
      at: z.iso.datetime({ offset: true }).optional(),
      basis: z.string().max(128).nullable().optional(),
      payload,
    })
    .strict();
}

const [first, ...rest] = (Object.keys(payloads) as (keyof Payloads)[]).map((type) =>
  commandOf(type, payloads[type]),
);

/**
 * `POST /api/cases/:id/commands`: one workflow command without `actor` (the session's user acts),
 * discriminated by `type`; `at` defaults to the server's time, `basis` to the current status event.
 */
export const commandBody = z.discriminatedUnion('type', [first!, ...rest]);

/** Every command type the route takes. */
export const caseCommandTypes = Object.keys(payloads) as (keyof Payloads)[];
