import type { Hono } from 'hono';
import { auditActorOf } from '../audit/auditActorOf.ts';
import type { AuditLog } from '../audit/createAuditLog.ts';
import { readSourceAddress, type SourceAddressOptions } from '../audit/sourceAddress.ts';
import type { Principal } from '../auth/principal.ts';
import { caseListParams } from '../caseIndex/caseListParams.ts';
import type { CaseIndex } from '../caseIndex/createCaseIndex.ts';
import { InvalidCursorError } from '../caseIndex/pageCursor.ts';
import { apiError } from './apiError.ts';

/**
 * `GET /api/cases`: a page of the cases the user may see, `{ items, total, nextCursor }`, with
 * filters, search, sort and a keyset cursor (see `caseListParams`). 401 without a session,
 * 400 `invalid-request` for a bad parameter or cursor.
 */
export function mountCaseListRoute(
  app: Hono<{ Variables: { principal: Principal | null } }>,
  deps: {
    readonly index: CaseIndex;
    readonly audit?: AuditLog;
    readonly sourceAddress?: SourceAddressOptions;
  },
): void {
  app.get('/api/cases', (c) => {
    const principal = c.get('principal');
    if (!principal) return apiError(c, 'unauthenticated');
    const params = caseListParams.safeParse(c.req.queries());
    if (!params.success) return apiError(c, 'invalid-request', params.error.issues);
    try {
      const page = deps.index.query(principal, params.data);
      deps.audit?.record({
        action: params.data.q ? 'search' : 'case.listed',
        actor: auditActorOf(principal),
        sourceAddress: readSourceAddress(c, deps.sourceAddress),
        outcome: 'allowed',
        details: { results: page.items.length, total: page.total },
      });
      return c.json(page);
    } catch (error) {
      if (error instanceof InvalidCursorError) {
        return apiError(c, 'invalid-request', [{ path: ['cursor'], message: error.message }]);
      }
      throw error;
    }
  });
}
