import { createRoot, createSignal } from 'solid-js';
import { listUnits } from '../api/api.ts';
import type { UnitListEntry } from '../api/types.ts';
import { readCached, writeCached } from '../offline/cachedAnswer.ts';

const cacheKey = 'units';
const [names, setNames] = createRoot(() => createSignal<ReadonlyMap<string, string>>(new Map()));

function remember(units: readonly UnitListEntry[]): void {
  setNames(new Map(units.map((unit) => [unit.id, unit.name])));
}

/**
 * Loads the unit directory once signed in: the copy kept on this device at once (offline
 * pages name units too), then the server's. The directory is not case data and is the same for
 * every user, so one copy serves them all.
 */
export async function loadUnitDirectory(): Promise<void> {
  const cached = readCached<UnitListEntry[]>(cacheKey);
  if (cached) remember(cached.data);
  const answer = await listUnits();
  if (!answer.ok) return;
  remember(answer.data.units);
  writeCached(cacheKey, answer.data.units);
}

/** A unit's name from the directory, or `null` while unknown (reactive). */
export function directoryUnitName(unitId: string): string | null {
  return names().get(unitId) ?? null;
}
