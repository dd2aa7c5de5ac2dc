import { actRoles, type Role } from '@lianban/case-model';
import type { Hono } from 'hono';
import { z } from 'zod';
import type { Principal } from '../auth/principal.ts';
import type { PeopleDirectory } from '../cases/peopleDirectory.ts';
import type { UnitDirectory } from '../cases/unitDirectory.ts';
import { apiError } from './apiError.ts';

/** The roles that name accused persons: those who register cases and those who handle them. */
export const unitPeopleReaderRoles: readonly Role[] = [
  ...new Set([...actRoles.register, ...actRoles.accept]),
];

/** The path parameters of `GET /api/units/:unitId/people`. */
export const unitPeopleParams = z.object({ unitId: z.string().min(1).max(64) }).strict();

/**
 * `GET /api/units/:unitId/people` → 200 `{ people: [{ userId, name }] }`: the people of a unit,
 * sorted by name, so that a registration names an accused person by their account and recusal
 * keeps the case from them. 401 without a session, 403 for the other roles, 404 `not-found` for
 * a unit the directory does not know.
 */
export function mountUnitPeopleRoute(
  app: Hono<{ Variables: { principal: Principal | null } }>,
  deps: { readonly units: UnitDirectory; readonly people: PeopleDirectory },
): void {
  app.get('/api/units/:unitId/people', (c) => {
    const principal = c.get('principal');
    if (!principal) return apiError(c, 'unauthenticated');
    if (!unitPeopleReaderRoles.includes(principal.role)) return apiError(c, 'forbidden');
    const params = unitPeopleParams.safeParse(c.req.param());
    if (!params.success) return apiError(c, 'invalid-request', params.error.issues);
    const { unitId } = params.data;
    if (!deps.units.get(unitId)) return apiError(c, 'not-found');
    return c.json({ people: deps.people.ofUnit(unitId) }, 200, {
      'cache-control': 'private, max-age=60',
    });
  });
}
