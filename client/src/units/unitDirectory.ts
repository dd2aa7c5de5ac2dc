import { createMemo, createRoot, createSignal } from 'solid-js';
import { listUnits } from '../api/api.ts';
import type { UnitListEntry } from '../api/types.ts';
import { readCached, writeCached } from '../offline/cachedAnswer.ts';

const cacheKey = 'units';

const directory = createRoot(() => {
  const [units, setUnits] = createSignal<readonly UnitListEntry[]>([]);
  const names = createMemo(() => new Map(units().map((unit) => [unit.id, unit.name])));
  const idsByName = createMemo(() => {
    const map = new Map<string, string | null>();
    // A name two units share resolves to neither: the id must be given then.
    for (const unit of units()) map.set(unit.name, map.has(unit.name) ? null : unit.id);
    return map;
  });
  return { units, setUnits, names, idsByName };
});

/**
 * Loads the unit directory once signed in: the copy kept on this device at once (offline
 * pages name units too), then the server's. The directory is not case data and is the same for
 * every user, so one copy serves them all.
 */
export async function loadUnitDirectory(): Promise<void> {
  const cached = readCached<UnitListEntry[]>(cacheKey);
  if (cached) directory.setUnits(cached.data);
  const answer = await listUnits();
  if (!answer.ok) return;
  directory.setUnits(answer.data.units);
  writeCached(cacheKey, answer.data.units);
}

/** Every unit of the directory (reactive; empty until loaded). */
export const directoryUnits = directory.units;

/** A unit's name from the directory, or `null` while unknown (reactive). */
export function directoryUnitName(unitId: string): string | null {
  return directory.names().get(unitId) ?? null;
}

/** The id of the unit a text names: its id, or a name no other unit has; else `null`. */
export function resolveUnit(text: string): string | null {
  const trimmed = text.trim();
  if (directory.names().has(trimmed)) return trimmed;
  return directory.idsByName().get(trimmed) ?? null;
}
