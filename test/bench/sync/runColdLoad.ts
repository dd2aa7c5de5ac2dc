import { mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import type { ColdLoadResult, ColdRead } from './BenchResults.ts';
import { ColdReader } from './ColdReader.ts';
import { coldCaseId } from './caseIdFor.ts';
import { coversStateVector } from './coversStateVector.ts';
import { factsTextLength } from './factsTextLength.ts';
import { foreignCpuMeter } from './foreignCpuMeter.ts';
import { measureColdFloor } from './measureColdFloor.ts';
import { median } from './median.ts';
import type { BenchOptions } from './parseBenchOptions.ts';
import type { QuietGate } from './QuietGate.ts';
import { readProcUsage } from './readProcUsage.ts';
import { roomName } from './roomName.ts';
import { ServerChild } from './ServerChild.ts';
import type { ServerKind } from './serverKinds.ts';
import { sleep } from './sleep.ts';
import { syncTarget } from './syncTarget.ts';
import { ThinClient } from './ThinClient.ts';
import { Typist } from './Typist.ts';

const room = roomName(coldCaseId);

/**
 * Builds a document of `coldEdits` small edits through the protocol (batches, each closed by a
 * sync round trip so the server keeps up), stops the server, starts it again on the same data
 * dir and times a fresh client from connect until it holds the whole document; twice, each time
 * after a restart: a cold reader (a fresh process, as a page opening the document; its floor:
 * fresh processes applying the builder's state) and a warm reader (a process that applied the
 * state ten times first; its floor: its own next applies, in the same heap). See `ColdReader`.
 */
export async function runColdLoad(
  kind: ServerKind,
  options: BenchOptions,
  gate: QuietGate,
  tempRoot: string,
): Promise<ColdLoadResult> {
  const edits = options.coldEdits;
  const result: ColdLoadResult = { server: kind, edits, reads: [] };
  let child: ServerChild | null = null;
  const clients: ThinClient[] = [];
  let reader: ColdReader | null = null;
  try {
    const dataDir = await mkdtemp(join(tempRoot, `${kind}-cold-`));
    const args = ['--data-dir', dataDir, '--docs', '1'];
    child = await ServerChild.start(kind, args);
    const first = child;

    const builder = new ThinClient({ target: syncTarget(kind, first.ready, room) });
    clients.push(builder);
    await gate.wait([process.pid, first.pid]);
    const buildForeign = foreignCpuMeter([process.pid, first.pid]);
    const buildStart = performance.now();
    await first.guard(builder.connect(15_000));
    builder.addParagraph();
    const typist = new Typist(42);
    for (let i = 1; i <= edits; i++) {
      builder.edit(typist);
      if (i % options.coldBatch === 0 || i === edits) await first.guard(builder.roundTrip(60_000));
    }
    result.buildSec = (performance.now() - buildStart) / 1000;
    result.buildEditsPerSec = edits / result.buildSec;
    result.foreignCpuDuringBuildPercent = buildForeign();
    const expectedLength = factsTextLength(builder.doc);
    result.expectedLength = expectedLength;
    const state = Y.encodeStateAsUpdate(builder.doc);
    result.stateBytes = state.length;
    const stateFile = join(dataDir, '..', `${kind}-cold-state.bin`);
    await writeFile(stateFile, state);
    if (kind === 'lianban') {
      const stored = await first.guard(builder.queryStored(10_000));
      result.storedConfirmed =
        stored === null ? null : coversStateVector(stored, Y.encodeStateVector(builder.doc));
    }
    builder.close();
    await first.guard(sleep(1000));
    const stopped = await first.stop(60_000);
    result.stopMs = stopped.ms;
    result.stopForced = stopped.forced;
    child = null;

    for (const readerKind of ['cold', 'warm'] as const) {
      const read: ColdRead = { reader: readerKind };
      result.reads.push(read);
      const warm = readerKind === 'warm';
      const loads: Awaited<ReturnType<ColdReader['load']>>[] = [];
      const floor: number[] = [];
      const foreign: number[] = [];
      for (let repeat = 0; repeat < options.coldRepeats; repeat++) {
        child = await ServerChild.start(kind, [...args, '--reuse']);
        read.restartMs = child.startMs;
        reader = await ColdReader.start({
          kind,
          ready: child.ready,
          room,
          stateFile,
          expectedLength,
          warmups: warm ? 10 : 0,
          runs: warm ? 9 : 0,
          timeoutMs: 120_000,
        });
        await gate.wait([process.pid, child.pid, reader.pid]);
        const loadForeign = foreignCpuMeter([process.pid, child.pid, reader.pid]);
        loads.push(await child.guard(reader.load()));
        foreign.push(loadForeign());
        floor.push(...(warm ? loads.at(-1)!.floorRunsMs : measureColdFloor(stateFile).runsMs));
        const usage = readProcUsage(child.pid);
        if (usage) result.rssAfterLoadMiB = usage.rssBytes / 1024 / 1024;
        reader.stop();
        reader = null;
        await child.stop();
        child = null;
      }
      const medianOf = (pick: (load: (typeof loads)[number]) => number | null) => {
        const values = loads.map(pick).filter((value): value is number => value !== null);
        return values.length === 0 ? {} : { value: median(values) };
      };
      const opened = medianOf((load) => load.openedMs);
      const arrived = medianOf((load) => load.stateArrivedMs);
      Object.assign(read, {
        loadMs: median(loads.map((load) => load.loadMs)),
        loadRunsMs: loads.map((load) => load.loadMs),
        applyMs: median(loads.map((load) => load.applyMs)),
        contentOk: loads.every((load) => load.contentOk),
        stateVectorOk: loads.every((load) => load.stateVectorOk),
        foreignCpuPercent: Math.max(...foreign),
        floorRunsMs: floor,
        floorMs: median(floor),
        ...(opened.value === undefined ? {} : { openedMs: opened.value }),
        ...(arrived.value === undefined ? {} : { stateArrivedMs: arrived.value }),
      });
    }
  } catch (err) {
    result.error = err instanceof Error ? err.message : String(err);
  } finally {
    for (const client of clients) client.close();
    reader?.stop();
    if (child) await child.stop();
  }
  return result;
}
