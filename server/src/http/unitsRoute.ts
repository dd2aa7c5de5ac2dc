import type { Hono } from 'hono';
import type { Principal } from '../auth/principal.ts';
import type { UnitDirectory } from '../cases/unitDirectory.ts';
import { apiError } from './apiError.ts';

/**
 * `GET /api/units` → 200 `{ units: [{ id, name, level, divisionCode, parentId }] }`: the
 * organisation's units, so that pages name the units of a case (lead, co-handling, the actor of
 * each act) instead of showing their ids. The directory holds no case data. 401 without a session.
 */
export function mountUnitsRoute(
  app: Hono<{ Variables: { principal: Principal | null } }>,
  deps: { readonly units: UnitDirectory },
): void {
  app.get('/api/units', (c) => {
    if (!c.get('principal')) return apiError(c, 'unauthenticated');
    const units = deps.units.list().map(({ id, name, level, divisionCode, parentId }) => ({
      id,
      name,
      level,
      divisionCode,
      parentId,
    }));
    return c.json({ units }, 200, { 'cache-control': 'private, max-age=300' });
  });
}
