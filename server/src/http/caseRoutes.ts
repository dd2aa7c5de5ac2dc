import type { Hono } from 'hono';
import { readSourceAddress, type SourceAddressOptions } from '../audit/sourceAddress.ts';
import type { Principal } from '../auth/principal.ts';
import type { CaseService } from '../workflow/caseService.ts';
import { answerService } from './answerService.ts';
import { apiError } from './apiError.ts';
import { registerBody, repeatDraftBody } from './registrationSchema.ts';

/** What the case routes need. */
export interface CaseRouteDeps {
  readonly workflow: CaseService;
  readonly sourceAddress?: SourceAddressOptions;
}

/**
 * - `POST /api/cases` `{ idempotencyKey, registration }` → 201 `{ caseId, eventId, replayed,
 *   state, clocks }` (200 with `replayed: true` for a retry); 400 `invalid-request`; 409/422
 *   refusals with decide's reason.
 * - `POST /api/cases/repeat-candidates` `{ registration }` (a draft) → 200 `{ candidates }`: at
 *   most ten earlier cases the draft likely repeats, with reasons, petitioners masked.
 * - `GET /api/cases/:id` → 200 the case (registration, state, clocks with explanations,
 *   timeline, conflicts, the documents the user may open); 404 `not-found` for a case that does
 *   not exist or that the user may not see (recusal), alike.
 * All answer 401 without a session.
 */
export function mountCaseRoutes(
  app: Hono<{ Variables: { principal: Principal | null } }>,
  deps: CaseRouteDeps,
): void {
  app.post('/api/cases', async (c) => {
    const principal = c.get('principal');
    if (!principal) return apiError(c, 'unauthenticated');
    const body = registerBody.safeParse(await c.req.json().catch(() => null));
    if (!body.success) return apiError(c, 'invalid-request', body.error.issues);
    const meta = { sourceAddress: readSourceAddress(c, deps.sourceAddress) };
    return answerService(c, await deps.workflow.registerCase(principal, body.data, meta));
  });

  app.post('/api/cases/repeat-candidates', async (c) => {
    const principal = c.get('principal');
    if (!principal) return apiError(c, 'unauthenticated');
    const body = repeatDraftBody.safeParse(await c.req.json().catch(() => null));
    if (!body.success) return apiError(c, 'invalid-request', body.error.issues);
    const meta = { sourceAddress: readSourceAddress(c, deps.sourceAddress) };
    const candidates = await deps.workflow.repeatCandidates(
      principal,
      body.data.registration,
      meta,
    );
    return c.json({ candidates });
  });

  app.get('/api/cases/:id', async (c) => {
    const principal = c.get('principal');
    if (!principal) return apiError(c, 'unauthenticated');
    const meta = { sourceAddress: readSourceAddress(c, deps.sourceAddress) };
    return answerService(c, await deps.workflow.readCase(principal, c.req.param('id'), meta));
  });
}
