import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import type { FloorResult } from './BenchResults.ts';
import { buildHistoryDoc } from './buildHistoryDoc.ts';
import { factsTextLength } from './factsTextLength.ts';
import { measureColdFloor } from './measureColdFloor.ts';
import { median } from './median.ts';

/**
 * The floors for a cold load: time for a client Y.Doc to apply the full encoded state
 * (`Y.encodeStateAsUpdate`) of the same 100,000-edit document. Warm: in this process, median of
 * `runs` after `warmups`; cold: in fresh processes (see `measureColdFloor`).
 */
export function measureFloor(edits: number, tempRoot: string, runs = 9, warmups = 3): FloorResult {
  const update = Y.encodeStateAsUpdate(buildHistoryDoc(edits));
  // A few untimed applies first: the cold-load client runs with a warm JIT, so the floor does too.
  for (let i = 0; i < warmups; i++) Y.applyUpdate(new Y.Doc(), update);
  const runsMs: number[] = [];
  let textLength = 0;
  for (let i = 0; i < runs; i++) {
    const doc = new Y.Doc();
    const start = performance.now();
    Y.applyUpdate(doc, update);
    runsMs.push(performance.now() - start);
    textLength = factsTextLength(doc);
    doc.destroy();
  }
  const cold = measureColdFloor(update, tempRoot);
  return {
    edits,
    textLength,
    updateBytes: update.length,
    runsMs,
    medianMs: median(runsMs),
    coldRunsMs: cold.runsMs,
    coldMedianMs: cold.medianMs,
  };
}
