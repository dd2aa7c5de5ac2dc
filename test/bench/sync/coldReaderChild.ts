/**
 * Child process that times one load of a document from a freshly restarted server.
 *
 * Started with one JSON argument ({@link ColdReaderJob}). A warm reader (`warmups` > 0) first
 * loads the document's state (the file written by the builder) `warmups` times from a throwaway
 * server of its own (`warmReaderLocally`), then measures its floor: `runs` applies of the state,
 * in the same heap the load will use. A cold reader does nothing
 * with Yjs before the load, as a page opening the document; its floor is measured by fresh
 * processes instead (`measureColdFloor`). Either prints `{"ready":true}` and waits for a line on
 * stdin (the parent waits for the machine to go quiet meanwhile), then connects and times
 * connect → the whole document applied, checks it against the state, and prints a
 * {@link ColdReaderReport}.
 *
 * A separate process because a reader in the bench process applies the state with the built
 * document still in its heap: that apply took 2–3 times the floor, which is not the server's doing.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import * as Y from 'yjs';
import { applyState } from './applyState.ts';
import { coversStateVector } from './coversStateVector.ts';
import { exitWithParent } from './exitWithParent.ts';
import { factsTextLength } from './factsTextLength.ts';
import type { ChildReady } from './ServerChild.ts';
import type { ServerKind } from './serverKinds.ts';
import { sleep } from './sleep.ts';
import { syncTarget } from './syncTarget.ts';
import { ThinClient } from './ThinClient.ts';
import { warmReaderLocally } from './warmReaderLocally.ts';

export interface ColdReaderJob {
  kind: ServerKind;
  ready: ChildReady;
  room: string;
  /** The builder's `Y.encodeStateAsUpdate`: what the load must match, and the warm floor's input. */
  stateFile: string;
  /** The facts' text length once loaded (known to the builder; a cold reader must not apply first). */
  expectedLength: number;
  warmups: number;
  runs: number;
  timeoutMs: number;
}

export interface ColdReaderReport {
  /** Warm readers only: their own applies of the state, after the warm-ups. */
  floorRunsMs: number[];
  loadMs: number;
  openedMs: number | null;
  stateArrivedMs: number | null;
  applyMs: number;
  contentOk: boolean;
  stateVectorOk: boolean;
}

function waitForLine(): Promise<void> {
  return new Promise((resolve) =>
    createInterface({ input: process.stdin }).once('line', () => resolve()),
  );
}

async function main(job: ColdReaderJob): Promise<ColdReaderReport> {
  const state = new Uint8Array(readFileSync(job.stateFile));
  await warmReaderLocally(state, job.expectedLength, job.warmups);
  const floorRunsMs: number[] = [];
  for (let i = 0; i < job.runs; i++) {
    // Idle first, as before the load: the garbage of the last apply is not this one's to collect.
    await sleep(100);
    const { ms, doc } = applyState(state);
    floorRunsMs.push(ms);
    doc.destroy();
  }

  process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
  await waitForLine();
  if (job.warmups > 0) {
    // The wait for a quiet machine can idle this process for seconds, and after ~10 s V8 shrinks
    // the heap and drops compiled code: the next apply took 2–6 times the floor. So a warm reader
    // loads as each floor run applied, one apply and 100 ms after the last.
    applyState(state).doc.destroy();
    await sleep(100);
  }

  const reader = new ThinClient({
    target: syncTarget(job.kind, job.ready, job.room),
    applyRemote: true,
  });
  try {
    const start = performance.now();
    await reader.connect(job.timeoutMs);
    await reader.waitUntil(
      () => factsTextLength(reader.doc) === job.expectedLength,
      job.timeoutMs,
      'cold load',
    );
    const loadMs = performance.now() - start;
    const expected = applyState(state).doc;
    return {
      floorRunsMs,
      loadMs,
      openedMs: reader.openedAt === null ? null : reader.openedAt - start,
      stateArrivedMs: reader.firstSyncAt === null ? null : reader.firstSyncAt - start,
      applyMs: reader.remoteApplyMs,
      contentOk:
        reader.doc.getXmlFragment('facts').toString() ===
        expected.getXmlFragment('facts').toString(),
      stateVectorOk: coversStateVector(
        Y.encodeStateVector(reader.doc),
        Y.encodeStateVector(expected),
      ),
    };
  } finally {
    reader.close();
  }
}

exitWithParent();
main(JSON.parse(process.argv[2] ?? '{}') as ColdReaderJob).then(
  (report) => {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    process.exit(0);
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
