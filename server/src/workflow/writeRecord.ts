import type { RecordView } from '@lianban/case-model';
import type * as Y from 'yjs';
import { writeCanonicalJson } from '../audit/writeCanonicalJson.ts';

/**
 * The shape of a `case/<id>/record` document: Y.Map `state` (one entry per field of the state
 * view), Y.Array `timeline` (applied events in canonical order), Y.Map `clocks` (by clock id) and
 * Y.Array `conflicts`. Written by the server only; every value is plain JSON.
 */
export const recordShape = {
  state: 'state',
  timeline: 'timeline',
  clocks: 'clocks',
  conflicts: 'conflicts',
} as const;

const same = (a: unknown, b: unknown): boolean =>
  a !== undefined && b !== undefined && writeCanonicalJson(a) === writeCanonicalJson(b);

function syncMap(map: Y.Map<unknown>, entries: Readonly<Record<string, unknown>>): void {
  for (const key of [...map.keys()]) if (!Object.hasOwn(entries, key)) map.delete(key);
  for (const [key, value] of Object.entries(entries)) {
    if (!same(map.get(key), value)) map.set(key, value);
  }
}

/** Keeps the common prefix (by id and content), then replaces the rest: appends in the usual case. */
function syncArray<T>(array: Y.Array<unknown>, items: readonly T[]): void {
  const current = array.toArray();
  let keep = 0;
  while (keep < current.length && keep < items.length && same(current[keep], items[keep])) keep++;
  if (keep < current.length) array.delete(keep, current.length - keep);
  if (keep < items.length) array.insert(keep, items.slice(keep) as unknown[]);
}

/**
 * Brings a record document to `view` in one transaction, touching only what differs, so that a
 * write repeated with the same view changes nothing and a missed write is repaired by the next.
 */
export function writeRecord(doc: Y.Doc, view: RecordView): void {
  doc.transact(() => {
    syncMap(doc.getMap(recordShape.state), view.state as unknown as Record<string, unknown>);
    syncArray(doc.getArray(recordShape.timeline), view.timeline);
    syncMap(
      doc.getMap(recordShape.clocks),
      Object.fromEntries(view.clocks.map((clock) => [clock.id, clock])),
    );
    syncArray(doc.getArray(recordShape.conflicts), view.conflicts);
  });
}

/** Reads a record document back as plain JSON (for tests and server-side readers). */
export function readRecord(doc: Y.Doc): {
  state: Record<string, unknown>;
  timeline: unknown[];
  clocks: Record<string, unknown>;
  conflicts: unknown[];
} {
  return {
    state: doc.getMap(recordShape.state).toJSON(),
    timeline: doc.getArray(recordShape.timeline).toJSON(),
    clocks: doc.getMap(recordShape.clocks).toJSON(),
    conflicts: doc.getArray(recordShape.conflicts).toJSON(),
  };
}
