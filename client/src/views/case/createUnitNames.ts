import type { Awareness } from 'y-protocols/awareness';
import type { Me } from '../../api/types.ts';

/**
 * Unit display names learnt on this page: the user's own, and those other editors announce in
 * awareness (`user.unitId` → `user.unit`). Until the server offers a unit directory, an unknown
 * unit shows its id.
 */
export function createUnitNames(awareness: Awareness, me: Me): (unitId: string) => string {
  const names = new Map<string, string>();
  if (me.unitName) names.set(me.unitId, me.unitName);
  return (unitId) => {
    if (!names.has(unitId)) {
      for (const state of awareness.getStates().values()) {
        const user = (state as { user?: { unitId?: unknown; unit?: unknown } }).user;
        if (user?.unitId === unitId && typeof user.unit === 'string' && user.unit !== unitId) {
          names.set(unitId, user.unit.slice(0, 60));
        }
      }
    }
    return names.get(unitId) ?? unitId;
  };
}
