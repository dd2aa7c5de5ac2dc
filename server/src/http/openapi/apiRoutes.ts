import type { Label } from '@lianban/case-model';
import type { z } from 'zod';
import { minimumPasswordLength } from '../../auth/passwordPolicy.ts';
import { sessionCookie } from '../../auth/readCredentials.ts';
import { caseListParams } from '../../caseIndex/caseListParams.ts';
import type { ApiErrorCode } from '../apiError.ts';
import { auditQuery, auditReaderRoles } from '../auditRoutes.ts';
import { commandBody } from '../commandSchema.ts';
import { inboxQuery } from '../inboxRoute.ts';
import { loginBody, passwordBody } from '../loginRoutes.ts';
import {
  idempotencyKey,
  registerBody,
  registrationSchema,
  repeatDraftBody,
} from '../registrationSchema.ts';
import { unitPeopleReaderRoles } from '../unitPeopleRoute.ts';
import { docsPageQuery } from './docsPageQuery.ts';
import { errorCodeSchema, errorResponseSchema, labelSchema } from './errorCatalogue.ts';
import {
  auditPageSchema,
  auditVerificationSchema,
  caseDetailSchema,
  caseListPageSchema,
  commandAnswerSchema,
  healthSchema,
  inboxSchema,
  loginAnswerSchema,
  meSchema,
  repeatCandidatesSchema,
  unitListSchema,
  unitPeopleSchema,
} from './responseSchemas.ts';

/** Who may call an endpoint. */
export type ApiAuth =
  /** Anyone. */
  | 'none'
  /** Anyone; a session, when sent, is acted on. */
  | 'optional'
  /** A signed-in user. */
  | 'session'
  /** A signed-in supervisor or admin (`auditReaderRoles`). */
  | 'auditor';

/** A success answer of an endpoint. */
export interface ApiSuccess {
  readonly status: number;
  readonly description: Label;
  /** The JSON body (a schema registered in `responseComponents`); none for an empty answer. */
  readonly schema?: z.ZodType;
  /** A body that is not JSON: its media type (and no schema). */
  readonly mediaType?: string;
  readonly headers?: Readonly<Record<string, Label>>;
}

/** One endpoint of the HTTP API, as the docs describe it. */
export interface ApiRoute {
  readonly method: 'get' | 'post';
  /** The path as the Hono app spells it (`/api/cases/:id`). */
  readonly path: string;
  readonly tag: ApiTag;
  readonly summary: Label;
  readonly description?: Label;
  readonly auth: ApiAuth;
  /** The path parameters, by name. */
  readonly pathParams?: Readonly<Record<string, Label>>;
  /** The query schema the route itself parses (`c.req.query()` or `c.req.queries()`). */
  readonly query?: z.ZodType;
  /** What each query parameter means, beyond its schema. */
  readonly queryNotes?: Readonly<Record<string, Label>>;
  /** The JSON body schema the route itself parses. */
  readonly body?: z.ZodType;
  readonly responses: readonly ApiSuccess[];
  /** The catalogue errors it answers with (besides `internal`, which any endpoint may). */
  readonly errors: readonly ApiErrorCode[];
  /** Whether it answers workflow refusals (every refusal code, 409 or 422, with decide's reason). */
  readonly refusals?: boolean;
}

/** The groups of endpoints, in the order the docs show them. */
export const apiTags = {
  auth: { zh: '登录与会话', en: 'Sign-in and session' },
  cases: { zh: '案件', en: 'Cases' },
  commands: { zh: '工作流行为', en: 'Workflow acts' },
  inbox: { zh: '待办', en: 'Inbox' },
  units: { zh: '单位', en: 'Units' },
  audit: { zh: '审计日志', en: 'Audit log' },
  docs: { zh: '接口文档', en: 'API documentation' },
  operations: { zh: '运维', en: 'Operations' },
} as const satisfies Record<string, Label>;

/** The name of an endpoint group. */
export type ApiTag = keyof typeof apiTags;

/**
 * The request schemas shown as components, by name: the route schemas themselves (never
 * copies), and the parts they share.
 */
export const requestComponents: readonly (readonly [string, z.ZodType])[] = [
  ['IdempotencyKey', idempotencyKey],
  ['Registration', registrationSchema],
  ['LoginBody', loginBody],
  ['PasswordBody', passwordBody],
  ['RegisterCaseBody', registerBody],
  ['RepeatDraftBody', repeatDraftBody],
  ['CommandBody', commandBody],
];

/** The response schemas shown as components, by name. */
export const responseComponents: readonly (readonly [string, z.ZodType])[] = [
  ['Label', labelSchema],
  ['ErrorCode', errorCodeSchema],
  ['Error', errorResponseSchema],
  ['LoginAnswer', loginAnswerSchema],
  ['Me', meSchema],
  ['CaseListPage', caseListPageSchema],
  ['CaseDetail', caseDetailSchema],
  ['CommandAnswer', commandAnswerSchema],
  ['RepeatCandidates', repeatCandidatesSchema],
  ['Inbox', inboxSchema],
  ['UnitList', unitListSchema],
  ['UnitPeople', unitPeopleSchema],
  ['AuditPage', auditPageSchema],
  ['AuditVerification', auditVerificationSchema],
  ['Health', healthSchema],
];

const sessionCookieHeader: Label = {
  zh: `\`${sessionCookie}=<令牌>; HttpOnly; SameSite=Strict; Path=/\``,
  en: `\`${sessionCookie}=<token>; HttpOnly; SameSite=Strict; Path=/\``,
};
const caseId: Label = { zh: '案件编号', en: 'The case id' };
const commandAnswer = (status: number, zh: string, en: string): ApiSuccess => ({
  status,
  description: { zh, en },
  schema: commandAnswerSchema,
});

/** Every endpoint of the HTTP API under /api (and the operational ones), in display order. */
export const apiRoutes: readonly ApiRoute[] = [
  {
    method: 'post',
    path: '/api/auth/login',
    tag: 'auth',
    summary: { zh: '登录', en: 'Log in' },
    description: {
      zh: '以用户名和密码登录，应答会话令牌并设置 HttpOnly Cookie。连续失败会临时锁定账户。',
      en: 'Logs in with username and password; answers the session token and sets an HttpOnly cookie. Repeated failures lock the account for a while.',
    },
    auth: 'none',
    body: loginBody,
    responses: [
      {
        status: 200,
        description: { zh: '已登录', en: 'Logged in' },
        schema: loginAnswerSchema,
        headers: { 'Set-Cookie': sessionCookieHeader },
      },
    ],
    errors: ['invalid-request', 'bad-credentials', 'account-locked'],
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    tag: 'auth',
    summary: { zh: '退出登录', en: 'Log out' },
    description: {
      zh: '撤销所带的会话并清除 Cookie；没有会话时同样应答 204。',
      en: 'Revokes the session sent and clears the cookie; answers 204 without a session too.',
    },
    auth: 'optional',
    responses: [{ status: 204, description: { zh: '已退出', en: 'Logged out' } }],
    errors: [],
  },
  {
    method: 'post',
    path: '/api/auth/password',
    tag: 'auth',
    summary: { zh: '修改密码', en: 'Change the password' },
    description: {
      zh: `新密码至少 ${minimumPasswordLength} 个字符，包含小写字母、大写字母、数字和其他字符中的至少三类，不得包含用户名，不得与当前密码相同。该账户的其他会话全部结束；本会话换发新令牌（并重设 Cookie）。`,
      en: `The new password needs at least ${minimumPasswordLength} characters and three of lower case, upper case, digits and other characters; it must not contain the username nor equal the current password. Every other session of the account ends; this one gets a fresh token (and cookie).`,
    },
    auth: 'session',
    body: passwordBody,
    responses: [
      {
        status: 200,
        description: { zh: '已修改，新的会话令牌', en: 'Changed: the new session token' },
        schema: loginAnswerSchema,
        headers: { 'Set-Cookie': sessionCookieHeader },
      },
    ],
    errors: [
      'invalid-request',
      'unauthenticated',
      'bad-credentials',
      'password-too-short',
      'password-too-simple',
      'password-contains-username',
      'password-unchanged',
    ],
  },
  {
    method: 'get',
    path: '/api/me',
    tag: 'auth',
    summary: { zh: '当前用户', en: 'The current user' },
    auth: 'session',
    responses: [
      {
        status: 200,
        description: { zh: '当前用户及其单位名称', en: 'The user and the name of their unit' },
        schema: meSchema,
      },
    ],
    errors: ['unauthenticated'],
  },
  {
    method: 'get',
    path: '/api/cases',
    tag: 'cases',
    summary: { zh: '案件列表与检索', en: 'List and search cases' },
    description: {
      zh: '当前用户可见案件的一页：可筛选、全文检索、排序，以游标翻页。列表参数可重复或用逗号分隔（`state=A,B`）。',
      en: 'A page of the cases the user may see, with filters, full-text search, sort and a keyset cursor. List parameters repeat or take commas (`state=A,B`).',
    },
    auth: 'session',
    query: caseListParams,
    queryNotes: {
      state: { zh: '工作流状态（可多选）', en: 'Workflow states (any of)' },
      unitId: { zh: '主办或协办的单位', en: 'Cases this unit leads or co-handles' },
      category: { zh: '事项类别（可多选）', en: 'Categories (any of)' },
      channel: { zh: '来源渠道（可多选）', en: 'Channels (any of)' },
      level: { zh: '办理层级', en: 'Administrative level of the handling' },
      division: {
        zh: '行政区划代码前缀，如 `9901` 含其下所有区划',
        en: 'Division code prefix, e.g. `9901` for a city and everything below it',
      },
      overdue: { zh: '是否已逾期', en: 'Overdue or not' },
      dueWithinDays: {
        zh: '今天起 N 个自然日内到期（未逾期），0–366',
        en: 'Due today or within the next N calendar days (not yet overdue), 0–366',
      },
      repeatLinked: { zh: '是否关联重复件', en: 'Linked to repeat petitions or not' },
      joint: { zh: '是否联办件', en: 'Joint cases or not' },
      q: { zh: '全文检索标题、诉求与事实', en: 'Full-text search over titles, requests and facts' },
      sort: {
        zh: '`字段` 或 `字段:asc|desc`；有 q 时默认 relevance，否则 registeredAt',
        en: '`field` or `field:asc|desc`; default relevance with q, otherwise registeredAt',
      },
      limit: { zh: '每页条数 1–100，默认 25', en: 'Page size 1–100, default 25' },
      cursor: {
        zh: '上一页应答中的 nextCursor',
        en: 'The `nextCursor` of the previous page',
      },
    },
    responses: [
      {
        status: 200,
        description: { zh: '一页案件', en: 'A page of cases' },
        schema: caseListPageSchema,
      },
    ],
    errors: ['invalid-request', 'unauthenticated'],
  },
  {
    method: 'post',
    path: '/api/cases',
    tag: 'cases',
    summary: { zh: '登记案件', en: 'Register a case' },
    description: {
      zh: '登记一件信访事项。同一幂等键重发时应答 200 且 `replayed: true`；同一键用于不同内容为 409 `duplicate-key`。',
      en: 'Registers a petition. Sent again with the same idempotency key it answers 200 with `replayed: true`; the same key with other content is 409 `duplicate-key`.',
    },
    auth: 'session',
    body: registerBody,
    responses: [
      commandAnswer(201, '已登记', 'Registered'),
      commandAnswer(200, '重发：此前已登记', 'A retry: registered before'),
    ],
    errors: ['invalid-request', 'unauthenticated'],
    refusals: true,
  },
  {
    method: 'post',
    path: '/api/cases/repeat-candidates',
    tag: 'cases',
    summary: { zh: '重复件候选', en: 'Repeat candidates' },
    description: {
      zh: '保存前，给出草稿可能重复（同人同事）的至多十件较早案件及理由，信访人信息已脱敏。',
      en: 'Before saving, at most ten earlier cases the draft likely repeats, with the reasons; petitioners masked.',
    },
    auth: 'session',
    body: repeatDraftBody,
    responses: [
      {
        status: 200,
        description: { zh: '候选案件，最相似者在前', en: 'The candidates, best first' },
        schema: repeatCandidatesSchema,
      },
    ],
    errors: ['invalid-request', 'unauthenticated'],
  },
  {
    method: 'get',
    path: '/api/cases/:id',
    tag: 'cases',
    summary: { zh: '案件详情', en: 'Read a case' },
    description: {
      zh: '登记信息、状态、期限（含计算说明）、时间线、冲突与可打开的文档。不存在的案件与无权查看（含回避）的案件同样应答 404。',
      en: 'Registration, state, clocks with explanations, timeline, conflicts and the documents the user may open. A case that does not exist and one the user may not see (recusal) are both 404.',
    },
    auth: 'session',
    pathParams: { id: caseId },
    responses: [
      { status: 200, description: { zh: '案件', en: 'The case' }, schema: caseDetailSchema },
    ],
    errors: ['unauthenticated', 'not-found'],
  },
  {
    method: 'post',
    path: '/api/cases/:id/commands',
    tag: 'commands',
    summary: { zh: '对案件做出行为', en: 'Act on a case' },
    description: {
      zh: '一个工作流行为（以 `type` 区分），由当前会话用户做出；`at` 默认为服务器时间，`basis` 默认为当前状态事件。同一命令重发应答相同且 `replayed: true`。拒绝为 409（案件状态或记录阻碍）或 422（非此用户可做的行为或内容有误），附业务规则的中英文理由与 `conflictsWith`。',
      en: 'One workflow act, discriminated by `type`, done by the session’s user; `at` defaults to the server’s time, `basis` to the current status event. The same command sent again answers the same with `replayed: true`. A refusal is 409 (the case’s state or record stands in the way) or 422 (not this user’s act, or malformed), with the rule’s reason in zh and en and `conflictsWith`.',
    },
    auth: 'session',
    pathParams: { id: caseId },
    body: commandBody,
    responses: [commandAnswer(200, '已应用（或重发）', 'Applied (or replayed)')],
    errors: ['invalid-request', 'unauthenticated', 'not-found'],
    refusals: true,
  },
  {
    method: 'get',
    path: '/api/inbox',
    tag: 'inbox',
    summary: { zh: '待办', en: 'Inbox' },
    description: {
      zh: '本单位（包案时为本人）已逾期或 N 日内到期的期限、未签署的会签意见、下达本单位的督办单。',
      en: 'The deadlines the user’s unit (or, for 包案, the user) owns that are overdue or due within N days, unsigned countersign opinions, and open supervision orders addressed to the unit.',
    },
    auth: 'session',
    query: inboxQuery,
    queryNotes: { days: { zh: '天数，默认 3，至多 90', en: 'Days ahead, default 3, at most 90' } },
    responses: [{ status: 200, description: { zh: '待办', en: 'The inbox' }, schema: inboxSchema }],
    errors: ['invalid-request', 'unauthenticated'],
  },
  {
    method: 'get',
    path: '/api/units',
    tag: 'units',
    summary: { zh: '单位名录', en: 'Unit directory' },
    description: {
      zh: '全部单位的编号、名称、层级、区划与上级单位，供页面以名称显示案件中的单位。不含案件数据。',
      en: 'Every unit’s id, name, level, division and parent, so that pages name the units of a case. Holds no case data.',
    },
    auth: 'session',
    responses: [
      { status: 200, description: { zh: '单位名录', en: 'The units' }, schema: unitListSchema },
    ],
    errors: ['unauthenticated'],
  },
  {
    method: 'get',
    path: '/api/units/:unitId/people',
    tag: 'units',
    summary: { zh: '单位人员', en: 'People of a unit' },
    description: {
      zh: `单位全部人员的用户编号和显示名称，按姓名排序，供登记时以账户记录被反映人（回避以账户为准）。仅限 ${unitPeopleReaderRoles.join('、')}；不存在的单位应答 404。不含案件数据。`,
      en: `The user id and display name of everyone in the unit, sorted by name, so that a registration records an accused person by their account (recusal keys on it). For ${unitPeopleReaderRoles.join(' and ')} only; an unknown unit is 404. Holds no case data.`,
    },
    auth: 'session',
    pathParams: { unitId: { zh: '单位编号', en: 'The unit id' } },
    responses: [
      {
        status: 200,
        description: { zh: '单位人员', en: 'The people of the unit' },
        schema: unitPeopleSchema,
      },
    ],
    errors: ['invalid-request', 'unauthenticated', 'forbidden', 'not-found'],
  },
  {
    method: 'get',
    path: '/api/audit',
    tag: 'audit',
    summary: { zh: '查询审计日志', en: 'Read the audit log' },
    description: {
      zh: `仅限 ${auditReaderRoles.join('、')}，按时间倒序；查询本身也记入审计。`,
      en: `For ${auditReaderRoles.join(' and ')} only, newest first; the reading is audited itself.`,
    },
    auth: 'auditor',
    query: auditQuery,
    queryNotes: {
      userId: { zh: '操作人', en: 'The acting user' },
      caseId: { zh: '案件', en: 'The case' },
      action: { zh: '审计动作', en: 'The audited action' },
      from: {
        zh: '起始时刻（含），带时区的 ISO 时间',
        en: 'From this instant, inclusive (ISO with offset)',
      },
      to: {
        zh: '截止时刻（不含），带时区的 ISO 时间',
        en: 'To this instant, exclusive (ISO with offset)',
      },
      cursor: { zh: '上一页的 nextCursor', en: 'The `nextCursor` of the previous page' },
      limit: { zh: '每页条数', en: 'Page size' },
    },
    responses: [
      {
        status: 200,
        description: { zh: '一页审计记录', en: 'A page of audit records' },
        schema: auditPageSchema,
      },
    ],
    errors: ['invalid-request', 'unauthenticated', 'forbidden'],
  },
  {
    method: 'post',
    path: '/api/audit/verify',
    tag: 'audit',
    summary: { zh: '校验审计日志', en: 'Verify the audit log' },
    description: {
      zh: '重新计算整条哈希链并核对检查点；校验本身也记入审计。',
      en: 'Recomputes the whole hash chain and checks the checkpoint; the verification is audited itself.',
    },
    auth: 'auditor',
    responses: [
      {
        status: 200,
        description: { zh: '校验结论', en: 'The verdict' },
        schema: auditVerificationSchema,
      },
    ],
    errors: ['unauthenticated', 'forbidden'],
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    tag: 'docs',
    summary: { zh: 'OpenAPI 文档', en: 'The OpenAPI document' },
    description: {
      zh: '本文档（OpenAPI 3.1），由各路由实际使用的 zod 模式生成。',
      en: 'This document (OpenAPI 3.1), generated from the zod schemas the routes themselves use.',
    },
    auth: 'session',
    responses: [
      {
        status: 200,
        description: { zh: 'OpenAPI 3.1 文档', en: 'The OpenAPI 3.1 document' },
        mediaType: 'application/json',
      },
    ],
    errors: ['unauthenticated'],
  },
  {
    method: 'get',
    path: '/api/docs',
    tag: 'docs',
    summary: { zh: '接口文档页面', en: 'The API documentation page' },
    description: {
      zh: '本文档的 HTML 页面，默认中文；`?lang=en` 以英文为主。',
      en: 'This document as an HTML page, Chinese first; `?lang=en` puts English first.',
    },
    auth: 'session',
    query: docsPageQuery,
    responses: [
      {
        status: 200,
        description: { zh: 'HTML 页面', en: 'The HTML page' },
        mediaType: 'text/html',
      },
    ],
    errors: ['unauthenticated'],
  },
  {
    method: 'get',
    path: '/healthz',
    tag: 'operations',
    summary: { zh: '健康检查', en: 'Health check' },
    auth: 'none',
    responses: [
      { status: 200, description: { zh: '运行中', en: 'Serving' }, schema: healthSchema },
      { status: 503, description: { zh: '正在关闭', en: 'Shutting down' }, schema: healthSchema },
    ],
    errors: [],
  },
  {
    method: 'get',
    path: '/metrics',
    tag: 'operations',
    summary: { zh: 'Prometheus 指标', en: 'Prometheus metrics' },
    auth: 'none',
    responses: [
      {
        status: 200,
        description: { zh: 'Prometheus 文本格式', en: 'Prometheus text format' },
        mediaType: 'text/plain; version=0.0.4',
      },
    ],
    errors: [],
  },
];
