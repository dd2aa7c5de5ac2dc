import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { type AuditAction, auditActions } from '../audit/auditAction.ts';
import { auditActorOf } from '../audit/auditActorOf.ts';
import type { AuditLog } from '../audit/createAuditLog.ts';
import { maxAuditPage } from '../audit/createAuditQuery.ts';
import { readSourceAddress, type SourceAddressOptions } from '../audit/sourceAddress.ts';
import type { Principal } from '../auth/principal.ts';
import { apiError } from './apiError.ts';

/** The roles that may read and verify the audit log. */
export const auditReaderRoles: readonly string[] = ['supervisor', 'admin'];

const instant = z.iso
  .datetime({ offset: true })
  .transform((value) => new Date(value).toISOString());

export const auditQuery = z
  .object({
    userId: z.string().min(1).max(128).optional(),
    caseId: z.string().min(1).max(128).optional(),
    action: z.enum(auditActions).optional(),
    from: instant.optional(),
    to: instant.optional(),
    cursor: z
      .string()
      .regex(/^[1-9][0-9]{0,15}$/)
      .optional(),
    limit: z.coerce.number().int().min(1).max(maxAuditPage).default(50),
  })
  .strict();

type AuditApp = Hono<{ Variables: { principal: Principal | null } }>;

/**
 * `GET /api/audit` (filters `userId`, `caseId`, `action`, `from` inclusive and `to` exclusive
 * as ISO instants with offset, `cursor`, `limit` ≤ 200; newest first) and
 * `POST /api/audit/verify`, for supervisors and admins. Both are audited themselves, refusals
 * of signed-in users included; anonymous calls are answered 401 and not recorded.
 */
export function mountAuditRoutes(
  app: AuditApp,
  deps: { audit: AuditLog; sourceAddress?: SourceAddressOptions },
): void {
  function note(
    c: Context,
    principal: Principal,
    action: AuditAction,
    outcome: 'allowed' | 'denied' | 'failed',
    details: Record<string, unknown>,
  ): void {
    deps.audit.record({
      action,
      actor: auditActorOf(principal),
      sourceAddress: readSourceAddress(c, deps.sourceAddress),
      outcome,
      details,
    });
  }

  app.get('/api/audit', (c) => {
    const principal = c.get('principal');
    if (!principal) return apiError(c, 'unauthenticated');
    if (!auditReaderRoles.includes(principal.role)) {
      note(c, principal, 'audit.read', 'denied', {});
      return apiError(c, 'forbidden');
    }
    const query = auditQuery.safeParse(c.req.query());
    if (!query.success) {
      note(c, principal, 'audit.read', 'failed', { error: 'invalid-request' });
      return apiError(c, 'invalid-request', query.error.issues);
    }
    const page = deps.audit.list(query.data);
    note(c, principal, 'audit.read', 'allowed', {
      filter: query.data,
      returned: page.items.length,
    });
    return c.json(page);
  });

  app.post('/api/audit/verify', (c) => {
    const principal = c.get('principal');
    if (!principal) return apiError(c, 'unauthenticated');
    if (!auditReaderRoles.includes(principal.role)) {
      note(c, principal, 'audit.verified', 'denied', {});
      return apiError(c, 'forbidden');
    }
    const verification = deps.audit.verify();
    const summary = verification.ok
      ? { ok: true, count: verification.count, head: verification.head }
      : {
          ok: false,
          count: verification.count,
          firstBrokenSeq: verification.firstBrokenSeq,
          problem: verification.problem,
        };
    note(c, principal, 'audit.verified', 'allowed', summary);
    return c.json(verification);
  });
}
