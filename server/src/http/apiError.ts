import type { Label, RefusalCode } from '@lianban/case-model';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The catalogue of API errors: a stable code, an HTTP status and a message in both languages. */
export const apiErrors = {
  'invalid-request': { status: 400, zh: '请求格式不正确', en: 'The request is not valid' },
  'bad-credentials': { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  'account-locked': {
    status: 423,
    zh: '登录失败次数过多，账户已临时锁定',
    en: 'Too many failed logins: the account is locked for a while',
  },
  unauthenticated: { status: 401, zh: '请先登录', en: 'Please log in first' },
  'password-too-short': {
    status: 422,
    zh: '新密码至少需要12个字符',
    en: 'The new password needs at least 12 characters',
  },
  'password-too-simple': {
    status: 422,
    zh: '新密码须包含小写字母、大写字母、数字和其他字符中的至少三类',
    en: 'The new password needs three of: lower case, upper case, digits, other characters',
  },
  'password-contains-username': {
    status: 422,
    zh: '新密码不能包含用户名',
    en: 'The new password must not contain the username',
  },
  'password-unchanged': {
    status: 422,
    zh: '新密码不能与当前密码相同',
    en: 'The new password must differ from the current one',
  },
  forbidden: { status: 403, zh: '无权访问', en: 'You have no access to this' },
  'not-found': { status: 404, zh: '未找到', en: 'Not found' },
  internal: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
  // Workflow refusals (case-model `refusalCodes`): each answer carries decide's own reason;
  // these messages are the fallback. 409: the case's state or record stands in the way.
  'wrong-state': {
    status: 409,
    zh: '案件当前状态不允许此行为',
    en: 'The case is not in a state for this act',
  },
  conflict: { status: 409, zh: '与已记录的行为冲突', en: 'It conflicts with an act on record' },
  'duplicate-key': {
    status: 409,
    zh: '同一幂等键已用于另一个不同的行为',
    en: 'The same idempotency key was already used for a different act',
  },
  'already-done': { status: 409, zh: '此行为已经做过', en: 'This act was already done' },
  'second-extension': {
    status: 409,
    zh: '办理期限只能延长一次',
    en: 'Only one extension is allowed',
  },
  'window-closed': { status: 409, zh: '期限已过', en: 'The time limit has passed' },
  'window-open': { status: 409, zh: '期限尚未届满', en: 'The time limit has not yet run out' },
  'time-order': {
    status: 409,
    zh: '行为时间早于其依据的行为',
    en: 'The act is dated before the act it follows',
  },
  // 422: the act itself cannot be done by this user, or is malformed.
  'wrong-role': { status: 422, zh: '您的角色不能做此行为', en: 'Your role may not do this act' },
  'wrong-unit': { status: 422, zh: '您的单位不能做此行为', en: 'Your unit may not do this act' },
  'accused-unit': {
    status: 422,
    zh: '不得交被反映单位办理',
    en: 'The accused unit may not handle the case',
  },
  'extension-too-long': {
    status: 422,
    zh: '延长期限不得超过30日',
    en: 'An extension is at most 30 days',
  },
  'invalid-payload': {
    status: 422,
    zh: '行为内容不完整或有误',
    en: 'The act is incomplete or wrong',
  },
  'invalid-time': { status: 422, zh: '行为时间无效', en: 'The time of the act is not valid' },
  'unknown-act': { status: 422, zh: '未知的行为', en: 'Unknown act' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

/** A stable API error code. */
export type ApiErrorCode = keyof typeof apiErrors;

/** Answers with `{ error: { code, message: { zh, en }, details? } }` and the code's status. */
export function apiError(c: Context, code: ApiErrorCode, details?: unknown): Response {
  const entry = apiErrors[code];
  return c.json(
    {
      error: {
        code,
        message: { zh: entry.zh, en: entry.en },
        ...(details === undefined ? {} : { details }),
      },
    },
    entry.status as ContentfulStatusCode,
  );
}

/** A refusal by the workflow: decide's stable code, its reason and the event in its way. */
export interface RefusalAnswer {
  readonly code: RefusalCode;
  readonly reason: Label;
  readonly conflictsWith?: string;
  readonly recordedAsConflict?: boolean;
}

/**
 * Answers a workflow refusal as `{ error: { code, message: { zh, en }, conflictsWith?, details? } }`
 * with the code's status, the message being decide's reason. A refusal `not-found` names an order
 * or proposal the act refers to: the case itself was found, so it is 422, not 404.
 */
export function apiRefusal(c: Context, refusal: RefusalAnswer): Response {
  const status = refusal.code === 'not-found' ? 422 : apiErrors[refusal.code].status;
  return c.json(
    {
      error: {
        code: refusal.code,
        message: { zh: refusal.reason.zh, en: refusal.reason.en },
        ...(refusal.conflictsWith === undefined ? {} : { conflictsWith: refusal.conflictsWith }),
        ...(refusal.recordedAsConflict ? { details: { recordedAsConflict: true } } : {}),
      },
    },
    status as ContentfulStatusCode,
  );
}
