import type { Hono } from 'hono';
import { z } from 'zod';
import type { Principal } from '../auth/principal.ts';
import type { CaseService } from '../workflow/caseService.ts';
import { apiError } from './apiError.ts';

export const inboxQuery = z
  .object({ days: z.coerce.number().int().min(0).max(90).default(3) })
  .strict();

/**
 * `GET /api/inbox?days=N` (default 3, at most 90) → 200 `{ today, dueWithinDays, overdue,
 * dueSoon, countersign, supervision }`: the deadlines the user's unit (or, for 包案, the user)
 * owns that are overdue or fall due within N days, the co-handled cases whose unit document is
 * not signed, and the open supervision orders addressed to the unit. 401 without a session.
 */
export function mountInboxRoute(
  app: Hono<{ Variables: { principal: Principal | null } }>,
  deps: { readonly workflow: CaseService },
): void {
  app.get('/api/inbox', async (c) => {
    const principal = c.get('principal');
    if (!principal) return apiError(c, 'unauthenticated');
    const query = inboxQuery.safeParse(c.req.query());
    if (!query.success) return apiError(c, 'invalid-request', query.error.issues);
    return c.json(await deps.workflow.inbox(principal, query.data.days));
  });
}
