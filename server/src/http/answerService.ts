import type { Context } from 'hono';
import type { ServiceResult } from '../workflow/caseServiceDeps.ts';
import { apiError, apiRefusal } from './apiError.ts';

/**
 * Answers a workflow service result: the body (201 when something was created, else 200), a
 * refusal with decide's code and reason (409/422), or 404 `not-found` for a case the user may not
 * know about, in the same words as for one that does not exist.
 */
export function answerService<T>(c: Context, result: ServiceResult<T>): Response {
  if (result.ok) return c.json(result.body as object, result.created ? 201 : 200);
  if (result.kind === 'hidden') return apiError(c, 'not-found');
  return apiRefusal(c, result);
}
