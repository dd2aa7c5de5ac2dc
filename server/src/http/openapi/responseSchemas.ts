import {
  adminLevels,
  type ClockView,
  type CommandAnswer,
  caseStatuses,
  categories,
  channels,
  type Inbox,
  matterClasses,
  type RepeatCandidate,
  roles,
  type StateView,
} from '@lianban/case-model';
import { z } from 'zod';
import { auditActions, auditOutcomes } from '../../audit/auditAction.ts';
import type { AuditRecord } from '../../audit/auditRecord.ts';
import type { AuditPage } from '../../audit/createAuditQuery.ts';
import type { AuditVerification } from '../../audit/verifyAuditChain.ts';
import type { Principal } from '../../auth/principal.ts';
import type { CaseListItem, CaseListPage } from '../../caseIndex/caseIndexEntry.ts';
import type { UnitPerson } from '../../cases/peopleDirectory.ts';
import type { CaseDetail } from '../../workflow/readCase.ts';
import { registrationSchema } from '../registrationSchema.ts';
import { labelSchema } from './errorCatalogue.ts';

// The answers have no zod schemas of their own (they are TypeScript interfaces built by the
// workflow and the index): these describe them for the docs, and `ResponseSchemaAgreement` at
// the bottom makes the compiler check each one against its interface, both ways.

const nullableString = z.string().nullable();

/** `POST /api/auth/login` → 200. */
export const loginAnswerSchema = z.object({
  token: z.string().meta({
    description:
      '会话令牌；也以 HttpOnly Cookie `lianban_session` 设置。 ' +
      'The session token; also set as the HttpOnly cookie `lianban_session`.',
  }),
});

/** `GET /api/me` → 200: the principal and the name of their unit. */
export const meSchema = z.object({
  userId: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  unitId: z.string(),
  divisionCode: z.string(),
  unitName: nullableString,
});

const petitionerDisplaySchema = z.object({
  name: z.string(),
  idNumber: nullableString,
  phone: nullableString,
  address: nullableString,
});

/** One row of `GET /api/cases`. */
export const caseListItemSchema = z.object({
  caseId: z.string(),
  title: z.string(),
  state: z.enum(caseStatuses),
  category: z.enum(categories),
  channel: z.enum(channels),
  matterClass: z.enum(matterClasses),
  level: z.enum(adminLevels).nullable(),
  divisionCode: z.string(),
  registeringUnitId: z.string(),
  leadUnitId: nullableString,
  coHandlingUnitIds: z.array(z.string()),
  registeredAt: z.string(),
  nextDueDate: nullableString.meta({ description: 'YYYY-MM-DD（中国时间 China time）' }),
  nextDueClock: nullableString,
  overdue: z.boolean(),
  repeatLinked: z.array(z.string()),
  jointCase: z.boolean(),
  groupVisit: z.boolean(),
  petitioner: petitionerDisplaySchema.nullable(),
  petitionerMasked: z.boolean(),
});

/** `GET /api/cases` → 200. */
export const caseListPageSchema = z.object({
  items: z.array(caseListItemSchema),
  total: z.number().int(),
  nextCursor: nullableString.meta({
    description:
      '下一页传回的 cursor；最后一页为 null。 Pass back as `cursor`; null on the last page.',
  }),
});

const explanationStepSchema = labelSchema.extend({
  step: z.enum(['start', 'fixed', 'extension', 'pause', 'restDay', 'missingCalendar']),
});

/** One deadline clock of a case, with how its due date was computed. */
export const clockViewSchema = z.object({
  id: z.string(),
  kind: z.string(),
  label: labelSchema,
  startedAt: z.string(),
  dueDate: z.string().meta({ description: 'YYYY-MM-DD（中国时间 China time）' }),
  state: z.enum(['running', 'paused', 'stopped']),
  warning: z.enum(['none', 'warn75', 'warn90', 'overdue']),
  elapsedRatio: z.number(),
  stoppedOnTime: z.boolean().nullable(),
  explanation: z.array(explanationStepSchema),
  missingCalendarYears: z.array(z.number().int()),
  ownerUnitId: nullableString,
  ownerUserId: nullableString,
  subjectId: nullableString,
});

/** The workflow state of a case. */
export const stateViewSchema = z.object({
  status: z.string(),
  statusLabel: labelSchema,
  statusEventId: nullableString.meta({
    description:
      '改变状态的下一个行为应以此作为 basis。 Send it back as `basis` with the next act that changes the status.',
  }),
  overlays: z.array(
    z.object({
      overlay: z.enum(['supervised', 'leaderOwned', 'repeatLinked', 'groupVisit']),
      label: labelSchema,
    }),
  ),
  routingUnitId: nullableString,
  leadUnitId: nullableString,
  coUnitIds: z.array(z.string()),
  outcome: nullableString,
  outcomeLabel: labelSchema.nullable(),
  extension: z.object({ days: z.number().int(), reason: z.string(), at: z.string() }).nullable(),
  leaderUserId: nullableString,
  supervisionOrders: z.array(
    z.object({
      id: z.string(),
      reason: z.string(),
      reasonLabel: labelSchema,
      dueDate: z.string(),
      issuingUnitId: z.string(),
      addressedUnitId: z.string(),
      note: z.string(),
      reported: z.boolean(),
    }),
  ),
  improvements: z.array(
    z.object({
      id: z.string(),
      addressedUnitId: z.string(),
      text: z.string(),
      answered: z.boolean(),
      adopted: z.boolean().nullable(),
    }),
  ),
  repeatLinks: z.array(z.string()),
  eventCount: z.number().int(),
  conflictCount: z.number().int(),
});

/** What a registration or another act answers: the case's new state and its clocks. */
export const commandAnswerSchema = z.object({
  caseId: z.string(),
  eventId: z.string(),
  replayed: z.boolean().meta({
    description:
      '该幂等键此前已应用，本次未记录任何新内容。 True when this idempotency key had already been applied.',
  }),
  state: stateViewSchema,
  clocks: z.array(clockViewSchema),
});

const actorSchema = z.object({ userId: z.string(), unitId: z.string(), role: z.enum(roles) });

/** The registration as read back: the instant and the registering unit are always set. */
export const registrationRecordSchema = registrationSchema.extend({
  registeredAt: z.string(),
  registeringUnitId: z.string(),
});

const petitionerSchema = registrationSchema.shape.petitioners.element;

/** `GET /api/cases/{id}` → 200. */
export const caseDetailSchema = z.object({
  caseId: z.string(),
  registration: registrationRecordSchema.nullable().meta({
    description:
      '除承办人员外，身份证号、电话、地址已脱敏。 ID numbers, phones and addresses are masked unless the reader handles the case.',
  }),
  petitionerMasked: z.boolean(),
  state: stateViewSchema,
  clocks: z.array(clockViewSchema),
  timeline: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      label: labelSchema,
      at: z.string(),
      actor: actorSchema,
      basis: nullableString,
      payload: z.unknown(),
    }),
  ),
  conflicts: z.array(
    z.object({
      eventId: z.string(),
      type: z.string(),
      label: labelSchema,
      at: z.string(),
      actor: actorSchema,
      code: z.string(),
      reason: labelSchema,
      conflictsWith: nullableString,
    }),
  ),
  documents: z.array(
    z.object({
      name: z
        .string()
        .meta({ description: '/sync/{room} 的房间名。 The room name for /sync/{room}.' }),
      kind: z.enum(['file', 'notes', 'record', 'unit']),
      unitId: z.string().optional(),
      access: z.enum(['write', 'read']),
    }),
  ),
});

/** An earlier case a draft likely repeats (同人同事). */
export const repeatCandidateSchema = z.object({
  caseId: z.string(),
  title: z.string(),
  state: z.string(),
  registeredAt: z.string(),
  category: z.string(),
  divisionCode: z.string(),
  score: z.number(),
  reasons: z.array(labelSchema),
  petitioners: z.array(petitionerSchema),
});

/** `POST /api/cases/repeat-candidates` → 200. */
export const repeatCandidatesSchema = z.object({ candidates: z.array(repeatCandidateSchema) });

const inboxClockSchema = z.object({
  caseId: z.string(),
  title: nullableString,
  clockId: z.string(),
  kind: z.string(),
  label: labelSchema,
  dueDate: z.string(),
  paused: z.boolean(),
  subjectId: nullableString,
});

/** `GET /api/inbox` → 200. */
export const inboxSchema = z.object({
  today: z.string(),
  dueWithinDays: z.number().int(),
  overdue: z.array(inboxClockSchema),
  dueSoon: z.array(inboxClockSchema),
  later: z.array(inboxClockSchema),
  laterTotal: z.number().int(),
  countersign: z.array(
    z.object({ caseId: z.string(), title: nullableString, document: z.string() }),
  ),
  supervision: z.array(
    inboxClockSchema.extend({
      reason: z.string(),
      reasonLabel: labelSchema,
      note: z.string(),
      issuingUnitId: z.string(),
    }),
  ),
});

/** `GET /api/units` → 200. */
export const unitListSchema = z.object({
  units: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      level: z.enum(adminLevels),
      divisionCode: z.string(),
      parentId: nullableString,
    }),
  ),
});

const unitPersonSchema = z.object({
  userId: z.string(),
  name: z.string().meta({ description: '显示名称。 The display name.' }),
});

/** `GET /api/units/:unitId/people` → 200, sorted by name. */
export const unitPeopleSchema = z.object({ people: z.array(unitPersonSchema) });

/** One stored audit record. */
export const auditRecordSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  action: z.enum(auditActions),
  actor: z.object({
    userId: nullableString,
    username: nullableString,
    unitId: nullableString,
    role: nullableString,
  }),
  sourceAddress: nullableString,
  caseId: nullableString,
  document: nullableString,
  outcome: z.enum(auditOutcomes),
  details: z.record(z.string(), z.unknown()),
  algorithm: z.string(),
  prevHash: z.string(),
  hash: z.string(),
});

/** `GET /api/audit` → 200, newest first. */
export const auditPageSchema = z.object({
  items: z.array(auditRecordSchema),
  nextCursor: nullableString,
});

const auditHeadSchema = z.object({ seq: z.number().int(), hash: z.string() }).nullable();

/** `POST /api/audit/verify` → 200: the verdict on the whole log. */
export const auditVerificationSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), count: z.number().int(), head: auditHeadSchema }),
  z.object({
    ok: z.literal(false),
    count: z.number().int(),
    head: auditHeadSchema,
    firstBrokenSeq: z.number().int().nullable(),
    problem: z.enum([
      'missing-table',
      'malformed-row',
      'gap',
      'unknown-algorithm',
      'chain-mismatch',
      'hash-mismatch',
      'checkpoint-missing',
      'checkpoint-mismatch',
      'truncated',
      'beyond-checkpoint',
      'anchor-mismatch',
    ]),
    message: z.string(),
  }),
]);

/** `GET /healthz` → 200 or 503. */
export const healthSchema = z.object({ status: z.enum(['ok', 'stopping']) });

// A readonly-free copy of a type, so that an interface's readonly arrays compare with zod's.
type Plain<T> = T extends readonly (infer U)[]
  ? Plain<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Plain<T[K]> }
    : T;
type Agrees<Schema extends z.ZodType, Interface> = [Plain<z.output<Schema>>] extends [
  Plain<Interface>,
]
  ? [Plain<Interface>] extends [Plain<z.output<Schema>>]
    ? true
    : false
  : false;
type Expect<T extends true> = T;

/**
 * Compile-time proof that each response schema describes its interface exactly (each side
 * assignable to the other): a field added to, removed from or retyped in an answer fails `tsc`
 * until the docs follow.
 */
export type ResponseSchemaAgreement = [
  Expect<Agrees<typeof meSchema, Principal & { unitName: string | null }>>,
  Expect<Agrees<typeof caseListItemSchema, CaseListItem>>,
  Expect<Agrees<typeof caseListPageSchema, CaseListPage>>,
  Expect<Agrees<typeof clockViewSchema, ClockView>>,
  Expect<Agrees<typeof stateViewSchema, StateView>>,
  Expect<Agrees<typeof commandAnswerSchema, CommandAnswer>>,
  Expect<Agrees<typeof caseDetailSchema, CaseDetail>>,
  Expect<Agrees<typeof repeatCandidateSchema, RepeatCandidate>>,
  Expect<Agrees<typeof inboxSchema, Inbox>>,
  Expect<Agrees<typeof unitPersonSchema, UnitPerson>>,
  Expect<Agrees<typeof auditRecordSchema, AuditRecord>>,
  Expect<Agrees<typeof auditPageSchema, AuditPage>>,
  Expect<Agrees<typeof auditVerificationSchema, AuditVerification>>,
];
