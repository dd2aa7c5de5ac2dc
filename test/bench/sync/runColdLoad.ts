import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import type { ColdLoadResult } from './BenchResults.ts';
import { coldCaseId } from './caseIdFor.ts';
import { coversStateVector } from './coversStateVector.ts';
import { factsTextLength } from './factsTextLength.ts';
import { foreignCpuMeter } from './foreignCpuMeter.ts';
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
 * dir and times a fresh client from connect until it holds the whole document.
 */
export async function runColdLoad(
  kind: ServerKind,
  options: BenchOptions,
  gate: QuietGate,
  tempRoot: string,
): Promise<ColdLoadResult> {
  const edits = options.coldEdits;
  const result: ColdLoadResult = { server: kind, edits };
  let child: ServerChild | null = null;
  const clients: ThinClient[] = [];
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
    const expectedVector = Y.encodeStateVector(builder.doc);
    const expectedText = builder.doc.getXmlFragment('facts').toString();
    result.expectedLength = expectedLength;
    if (kind === 'lianban') {
      const stored = await first.guard(builder.queryStored(10_000));
      result.storedConfirmed = stored === null ? null : coversStateVector(stored, expectedVector);
    }
    builder.close();
    await first.guard(sleep(1000));
    const stopped = await first.stop(60_000);
    result.stopMs = stopped.ms;
    result.stopForced = stopped.forced;
    child = null;

    child = await ServerChild.start(kind, [...args, '--reuse']);
    const second = child;
    result.restartMs = second.startMs;
    const reader = new ThinClient({
      target: syncTarget(kind, second.ready, room),
      applyRemote: true,
    });
    clients.push(reader);
    await gate.wait([process.pid, second.pid]);
    const loadForeign = foreignCpuMeter([process.pid, second.pid]);
    const loadStart = performance.now();
    await second.guard(reader.connect(30_000));
    await second.guard(
      reader.waitUntil(() => factsTextLength(reader.doc) === expectedLength, 120_000, 'cold load'),
    );
    result.coldLoadMs = performance.now() - loadStart;
    if (reader.firstSyncAt !== null) result.stateArrivedMs = reader.firstSyncAt - loadStart;
    result.readerApplyMs = reader.remoteApplyMs;
    result.foreignCpuDuringLoadPercent = loadForeign();
    result.contentOk = reader.doc.getXmlFragment('facts').toString() === expectedText;
    result.stateVectorOk = coversStateVector(Y.encodeStateVector(reader.doc), expectedVector);
    const usage = readProcUsage(second.pid);
    if (usage) result.rssAfterLoadMiB = usage.rssBytes / 1024 / 1024;
  } catch (err) {
    result.error = err instanceof Error ? err.message : String(err);
  } finally {
    for (const client of clients) client.close();
    if (child) await child.stop();
  }
  return result;
}
