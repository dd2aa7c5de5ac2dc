import { createSignal, onCleanup } from 'solid-js';
import type { Awareness } from 'y-protocols/awareness';
import type { Me } from '../../api/types.ts';
import { directoryUnitName } from '../../units/unitDirectory.ts';

/**
 * Unit display names: the unit directory's (GET /api/units, kept on the device), else those
 * learnt on this page (the user's own, and those other editors announce in awareness:
 * `user.unitId` → `user.unit`), else the id. Reactive: a name learnt later updates what was
 * shown. Call in an owner.
 */
export function createUnitNames(awareness: Awareness, me: Me): (unitId: string) => string {
  const names = new Map<string, string>();
  if (me.unitName) names.set(me.unitId, me.unitName);
  const [version, setVersion] = createSignal(0);
  const learn = () => {
    let learnt = false;
    for (const state of awareness.getStates().values()) {
      const user = (state as { user?: { unitId?: unknown; unit?: unknown } }).user;
      const { unitId, unit } = user ?? {};
      if (typeof unitId !== 'string' || typeof unit !== 'string' || unit === unitId) continue;
      if (names.has(unitId)) continue;
      names.set(unitId, unit.slice(0, 60));
      learnt = true;
    }
    if (learnt) setVersion((value) => value + 1);
  };
  awareness.on('change', learn);
  onCleanup(() => awareness.off('change', learn));
  learn();
  return (unitId) => {
    version();
    return directoryUnitName(unitId) ?? names.get(unitId) ?? unitId;
  };
}
