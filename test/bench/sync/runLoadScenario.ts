import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { LoadResult } from './BenchResults.ts';
import { caseIdFor } from './caseIdFor.ts';
import { connectAll } from './connectAll.ts';
import { EditPacer } from './EditPacer.ts';
import { foreignCpuMeter } from './foreignCpuMeter.ts';
import { ProcMonitor } from './ProcMonitor.ts';
import { PropagationTracker } from './PropagationTracker.ts';
import type { BenchOptions, ScenarioSpec } from './parseBenchOptions.ts';
import { percentile } from './percentile.ts';
import type { QuietGate } from './QuietGate.ts';
import { roomName } from './roomName.ts';
import { ServerChild } from './ServerChild.ts';
import type { ServerKind } from './serverKinds.ts';
import { sleep } from './sleep.ts';
import { syncTarget } from './syncTarget.ts';
import { ThinClient } from './ThinClient.ts';
import { TypingScript } from './TypingScript.ts';
import { Typist } from './Typist.ts';

const mib = (bytes: number) => bytes / 1024 / 1024;

// Typed once per scenario (240,000 edits take ~6 s) and replayed against every server and round.
const scriptsByScenario = new Map<string, TypingScript[]>();

/** Each client's typing for the warm-up and the window, with two seconds to spare. */
function typingScripts(spec: ScenarioSpec, options: BenchOptions): TypingScript[] {
  const edits = Math.ceil(spec.ratePerSec * (options.warmupSec + options.durationSec + 2));
  const key = `${spec.name}/${spec.clients}/${edits}`;
  let scripts = scriptsByScenario.get(key);
  if (!scripts) {
    // Client ids as Yjs draws them (random 32-bit), distinct within the scenario.
    const ids = new Set<number>();
    while (ids.size < spec.clients) ids.add(Math.floor(Math.random() * 2 ** 32));
    scripts = [...ids].map((id, i) => new TypingScript(id, new Typist(i + 1), edits));
    scriptsByScenario.set(key, scripts);
  }
  for (const script of scripts) script.rewind();
  return scripts;
}

function problems(clients: readonly ThinClient[]): string[] {
  const counts = new Map<string, number>();
  const add = (what: string, n = 1) => counts.set(what, (counts.get(what) ?? 0) + n);
  for (const client of clients) {
    if (client.closedBecause) add(`socket ${client.closedBecause}`);
    if (client.sendFailures > 0) add('sends on a closed socket', client.sendFailures);
    if (client.decodeFailures > 0) add('undecodable frames', client.decodeFailures);
  }
  return [...counts].map(([what, n]) => `${n}× ${what}`);
}

/**
 * One scenario against one server, in a fresh child on a fresh data dir: connect the clients,
 * give each its paragraph, type at the scenario's rate, warm up, measure one window, drain.
 * `round` only labels the result.
 */
export async function runLoadScenario(
  spec: ScenarioSpec,
  round: number,
  kind: ServerKind,
  options: BenchOptions,
  gate: QuietGate,
  tempRoot: string,
): Promise<LoadResult> {
  const result: LoadResult = {
    scenario: spec.name,
    round,
    server: kind,
    clients: spec.clients,
    docs: spec.docs,
    ratePerSec: spec.ratePerSec,
  };
  const clients: ThinClient[] = [];
  const pacer = new EditPacer();
  let child: ServerChild | null = null;
  try {
    const scripts = typingScripts(spec, options);
    const quiet = await gate.wait([process.pid]);
    result.quietWaitMs = quiet.waitedMs;
    result.foreignBeforePercent = quiet.foreignPercent;
    const dataDir = await mkdtemp(join(tempRoot, `${kind}-${spec.name}-`));
    child = await ServerChild.start(kind, ['--data-dir', dataDir, '--docs', String(spec.docs)]);
    result.serverStartMs = child.startMs;
    const server = child;

    const docOf = (client: number) => client % spec.docs;
    const perDoc = new Array<number>(spec.docs).fill(0);
    for (let i = 0; i < spec.clients; i++) perDoc[docOf(i)] = (perDoc[docOf(i)] ?? 0) + 1;
    const tracker = new PropagationTracker();
    for (let i = 0; i < spec.clients; i++) {
      const target = syncTarget(kind, server.ready, roomName(caseIdFor(docOf(i))));
      clients.push(
        new ThinClient({
          target,
          clientId: scripts[i]!.clientId,
          onUpdate: (receiver, update, at) =>
            tracker.recordReceipt(receiver.doc.clientID, update, at),
        }),
      );
    }
    const connectStart = performance.now();
    await server.guard(connectAll(clients, 20, 15_000));
    result.connectMs = performance.now() - connectStart;
    for (const [i, client] of clients.entries()) client.send(scripts[i]!.paragraph);
    await server.guard(sleep(500));

    let unscripted = 0;
    pacer.start(spec.clients, spec.ratePerSec, (i) => {
      const client = clients[i];
      const edit = scripts[i]?.next();
      if (!edit) unscripted++;
      if (!client || !edit) return;
      client.send(edit.message);
      tracker.recordSend(
        client.doc.clientID,
        edit.clock,
        client.lastSentAt,
        (perDoc[docOf(i)] ?? 1) - 1,
      );
    });
    await server.guard(sleep(options.warmupSec * 1000));

    const monitor = new ProcMonitor(server.pid);
    const lag = monitorEventLoopDelay({ resolution: 10 });
    const sentBefore = pacer.sent;
    const latenessBefore = pacer.latenessSumMs;
    const skippedBefore = pacer.skipped;
    pacer.latenessMaxMs = 0;
    tracker.windowStart = performance.now();
    monitor.start();
    lag.enable();
    const foreign = foreignCpuMeter([process.pid, server.pid]);
    const cpuBefore = process.cpuUsage();
    await server.guard(sleep(options.durationSec * 1000));
    tracker.windowEnd = performance.now();
    const cpu = process.cpuUsage(cpuBefore);
    result.foreignCpuPercent = foreign();
    lag.disable();
    const proc = monitor.stop();
    const sentInWindow = pacer.sent - sentBefore;
    const windowSec = (tracker.windowEnd - tracker.windowStart) / 1000;
    pacer.stop();

    const drainUntil = performance.now() + options.drainSec * 1000;
    while (tracker.unpropagatedInWindow() > 0 && performance.now() < drainUntil) {
      await server.guard(sleep(100));
    }

    const latencies = Float64Array.from(tracker.latencies).sort();
    result.windowSec = windowSec;
    result.sentPerSec = tracker.sentInWindow / windowSec;
    result.deliveredPerSec = tracker.deliveredInWindow / windowSec;
    result.messagesPerSec = tracker.messagesInWindow / windowSec;
    result.latencyMs = {
      p50: percentile(latencies, 0.5),
      p95: percentile(latencies, 0.95),
      p99: percentile(latencies, 0.99),
      max: percentile(latencies, 1),
      count: latencies.length,
    };
    result.unpropagated = tracker.unpropagatedInWindow();
    if (proc) {
      result.serverCpuPercent = proc.cpuPercent;
      result.serverCpuMs = proc.cpuMs;
      result.cpuMsPer1kDelivered =
        tracker.deliveredInWindow > 0
          ? (proc.cpuMs / tracker.deliveredInWindow) * 1000
          : Number.NaN;
      result.rssPeakMiB = mib(proc.rssPeakBytes);
      result.rssEndMiB = mib(proc.rssEndBytes);
    }
    result.generator = {
      cpuPercent: ((cpu.user + cpu.system) / 1000 / (windowSec * 1000)) * 100,
      eventLoopLagP50Ms: lag.percentile(50) / 1e6,
      eventLoopLagP99Ms: lag.percentile(99) / 1e6,
      eventLoopLagMaxMs: lag.max / 1e6,
      meanLatenessMs: sentInWindow > 0 ? (pacer.latenessSumMs - latenessBefore) / sentInWindow : 0,
      maxLatenessMs: pacer.latenessMaxMs,
      skippedEdits: pacer.skipped - skippedBefore,
      rssMiB: mib(process.memoryUsage().rss),
    };
    const found = problems(clients);
    if (unscripted > 0) found.push(`${unscripted}× an edit due past the end of its typing script`);
    if (found.length > 0) result.clientProblems = found;
  } catch (err) {
    result.error = err instanceof Error ? err.message : String(err);
  } finally {
    pacer.stop();
    for (const client of clients) client.close();
    if (child) {
      // The data of a load run is thrown away: a server still flushing after 5 s is killed.
      const stopped = await child.stop(5_000);
      result.stopMs = stopped.ms;
      result.stopForced = stopped.forced;
    }
  }
  return result;
}
