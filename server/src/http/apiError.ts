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
  forbidden: { status: 403, zh: '无权访问', en: 'You have no access to this' },
  'not-found': { status: 404, zh: '未找到', en: 'Not found' },
  internal: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
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
