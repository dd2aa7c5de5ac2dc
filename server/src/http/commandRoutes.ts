import type { Hono } from 'hono';
import { auditActorOf } from '../audit/auditActorOf.ts';
import type { AuditLog } from '../audit/createAuditLog.ts';
import { readSourceAddress, type SourceAddressOptions } from '../audit/sourceAddress.ts';
import type { Principal } from '../auth/principal.ts';
import type { CaseService } from '../workflow/caseService.ts';
import type { CommandInput } from '../workflow/commandInput.ts';
import { answerService } from './answerService.ts';
import { apiError } from './apiError.ts';
import { commandBody } from './commandSchema.ts';

/** What the commands route needs. */
export interface CommandRouteDeps {
  readonly workflow: CaseService;
  readonly audit: AuditLog;
  readonly sourceAddress?: SourceAddressOptions;
}

/**
 * `POST /api/cases/:id/commands` with `{ type, idempotencyKey, at?, basis?, payload }` (no
 * `actor`: the session's user acts) → 200 `{ caseId, eventId, replayed, state, clocks }`. The
 * same command sent again answers the same with `replayed: true`; the same key with other
 * content is 409 `duplicate-key`; a refusal is 409 (the case's state or record stands in the
 * way) or 422 (not this user's act, or malformed), with decide's reason in zh and en and
 * `conflictsWith` naming the event in the way. 404 `not-found` for a hidden case, 400 for a body
 * that is not a command, 401 without a session.
 */
export function mountCommandRoutes(
  app: Hono<{ Variables: { principal: Principal | null } }>,
  deps: CommandRouteDeps,
): void {
  app.post('/api/cases/:id/commands', async (c) => {
    const principal = c.get('principal');
    if (!principal) return apiError(c, 'unauthenticated');
    const caseId = c.req.param('id');
    const sourceAddress = readSourceAddress(c, deps.sourceAddress);
    const body = commandBody.safeParse(await c.req.json().catch(() => null));
    if (!body.success) {
      deps.audit.record({
        action: 'command.rejected',
        actor: auditActorOf(principal),
        sourceAddress,
        caseId,
        outcome: 'failed',
        details: { code: 'invalid-request' },
      });
      return apiError(c, 'invalid-request', body.error.issues);
    }
    // Validated per type above; the schema's union is not the model's discriminated one.
    const input = body.data as unknown as CommandInput;
    return answerService(
      c,
      await deps.workflow.applyCommand(principal, caseId, input, { sourceAddress }),
    );
  });
}
