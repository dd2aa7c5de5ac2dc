import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { median } from '../support/report.ts';
import type { EditHistory } from './recordEditHistory.ts';

/** What keeping (or collecting) deleted content costs for one edit history. */
export interface HistoryCost {
  gc: boolean;
  /** Bytes of the encoded state: the stored snapshot, and what a cold client is sent. */
  stateBytes: number;
  /** Encoding the state (each compaction does): ms, median. */
  encodeMs: number;
  /** Applying the state to a new Y.Doc (a cold load, warm code): ms, median. */
  loadMs: number;
  /** Heap the loaded Y.Doc holds (an open room, an open editor): bytes, median. */
  heapBytes: number;
  /** Applying the updates one by one, as a room does and as a load without compaction would: ms, median. */
  replayMs: number;
}

const collect = (globalThis as { gc?: () => void }).gc;

function heapHeldBy(make: () => unknown): number {
  if (!collect) return Number.NaN;
  collect();
  collect();
  const before = process.memoryUsage().heapUsed;
  const held = make();
  collect();
  collect();
  const after = process.memoryUsage().heapUsed;
  // Kept reachable until measured.
  if (held === null) throw new Error('unreachable');
  return after - before;
}

function timed(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

interface Samples {
  state: Uint8Array;
  source: Y.Doc;
  encodeMs: number[];
  loadMs: number[];
  heapBytes: number[];
  replayMs: number[];
}

function replay(history: EditHistory, gc: boolean, samples: Samples | null): Y.Doc {
  const doc = new Y.Doc({ gc });
  const ms = timed(() => {
    for (const update of history.updates) Y.applyUpdate(doc, update);
  });
  samples?.replayMs.push(ms);
  return doc;
}

function sampleOnce(samples: Samples, gc: boolean): void {
  samples.encodeMs.push(timed(() => Y.encodeStateAsUpdate(samples.source)));
  const loaded = new Y.Doc({ gc });
  samples.loadMs.push(timed(() => Y.applyUpdate(loaded, samples.state)));
  loaded.destroy();
  samples.heapBytes.push(
    heapHeldBy(() => {
      const doc = new Y.Doc({ gc });
      Y.applyUpdate(doc, samples.state);
      return doc;
    }),
  );
}

function summary(samples: Samples, gc: boolean): HistoryCost {
  return {
    gc,
    stateBytes: samples.state.byteLength,
    encodeMs: median(samples.encodeMs),
    loadMs: median(samples.loadMs),
    heapBytes: median(samples.heapBytes),
    replayMs: median(samples.replayMs),
  };
}

/**
 * Replays `history` into documents with Yjs garbage collection off and on and measures both,
 * the two settings taking turns within every run (the order swapped each run) so neither always
 * runs on a fresher heap or later-compiled code. Replays, the slowest part, run `replays` times.
 */
export function measureHistoryCost(
  history: EditHistory,
  runs = 5,
  replays = 3,
): { off: HistoryCost; on: HistoryCost } {
  const settings = [false, true].map((gc) => {
    const source = replay(history, gc, null);
    const samples: Samples = {
      state: Y.encodeStateAsUpdate(source),
      source,
      encodeMs: [],
      loadMs: [],
      heapBytes: [],
      replayMs: [],
    };
    return { gc, samples };
  });
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? settings : [...settings].reverse();
    for (const { gc, samples } of order) {
      sampleOnce(samples, gc);
      if (run < replays) replay(history, gc, samples).destroy();
    }
  }
  for (const { samples } of settings) samples.source.destroy();
  const [off, on] = settings.map(({ gc, samples }) => summary(samples, gc)) as [
    HistoryCost,
    HistoryCost,
  ];
  return { off, on };
}
