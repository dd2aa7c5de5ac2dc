import type { BenchReport, ColdLoadResult, ColdRead, LoadResult } from './BenchResults.ts';
import { contaminatedAbovePercent } from './contaminatedAbovePercent.ts';
import { formatTable } from './formatTable.ts';
import { type ServerKind, serverKinds } from './serverKinds.ts';

const labels: Readonly<Record<ServerKind, string>> = {
  lianban: 'ours (lianban)',
  hocuspocus: 'hocuspocus 3.4.4',
  ywebsocket: 'y-websocket-server',
  relay: 'relay (floor)',
};

const num = (value: number | undefined, digits = 1) =>
  value === undefined || !Number.isFinite(value) ? '-' : value.toFixed(digits);

function ratio(ours: number | undefined, peer: number | undefined): string {
  if (ours === undefined || peer === undefined || !(peer > 0) || !Number.isFinite(ours)) return '-';
  return `${(ours / peer).toFixed(2)}×`;
}

function loadTable(rows: readonly LoadResult[]): string {
  const table = formatTable(
    [
      'server',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'max ms',
      'sent/s',
      'delivered/s',
      'lost',
      'CPU %',
      'CPU ms/1k',
      'RSS peak',
      'RSS end',
      'gen CPU %',
      'gen lag p99',
      'gen late',
      'other %',
    ],
    rows.map((r) =>
      r.error !== undefined && r.latencyMs === undefined
        ? [labels[r.server], 'FAILED', '', '', '', '', '', '', '', '', '', '', '', '', '', '']
        : [
            labels[r.server],
            num(r.latencyMs?.p50),
            num(r.latencyMs?.p95),
            num(r.latencyMs?.p99),
            num(r.latencyMs?.max),
            num(r.sentPerSec, 0),
            num(r.deliveredPerSec, 0),
            String(r.unpropagated ?? '-'),
            num(r.serverCpuPercent),
            num(r.cpuMsPer1kDelivered, 2),
            `${num(r.rssPeakMiB)} MiB`,
            `${num(r.rssEndMiB)} MiB`,
            num(r.generator?.cpuPercent),
            `${num(r.generator?.eventLoopLagP99Ms)} ms`,
            `${num(r.generator?.meanLatenessMs, 2)} ms`,
            num(r.foreignCpuPercent),
          ],
    ),
  );
  const notes = rows.flatMap((r) => [
    ...(r.error
      ? [`  ! ${labels[r.server]}: ${r.error.split('\n').slice(0, 6).join('\n    ')}`]
      : []),
    ...(r.clientProblems ?? []).map((p) => `  ! ${labels[r.server]} clients: ${p}`),
    ...(r.stopForced
      ? [`  ! ${labels[r.server]}: still busy 5 s after SIGTERM (persistence backlog?), killed`]
      : []),
    ...((r.attempts ?? 1) > 1
      ? [
          `  ! ${labels[r.server]}: measured ${r.attempts} times (contention), least contaminated shown`,
        ]
      : []),
    ...((r.foreignCpuPercent ?? 0) > contaminatedAbovePercent
      ? [
          `  ! ${labels[r.server]}: other processes used ${num(r.foreignCpuPercent)}% of a core during the window: figures are contaminated`,
        ]
      : []),
    ...(r.generator && r.generator.skippedEdits > 0
      ? [
          `  ! ${labels[r.server]}: generator fell behind, ${r.generator.skippedEdits} edits skipped`,
        ]
      : []),
  ]);
  return [table, ...notes].join('\n');
}

function bestPeer(rows: readonly LoadResult[], pick: (r: LoadResult) => number | undefined) {
  const values = rows
    .filter((r) => r.server !== 'lianban' && r.server !== 'relay' && r.error === undefined)
    .map((r) => ({ server: r.server, value: pick(r) }))
    .filter(
      (v): v is { server: ServerKind; value: number } =>
        v.value !== undefined && Number.isFinite(v.value),
    );
  return values.sort((a, b) => a.value - b.value)[0];
}

function loadRatios(rows: readonly LoadResult[]): string[] {
  const ours = rows.find((r) => r.server === 'lianban');
  if (!ours || ours.error !== undefined) return [];
  const lines: string[] = [];
  const metrics: [string, (r: LoadResult) => number | undefined][] = [
    ['p99 latency', (r) => r.latencyMs?.p99],
    ['CPU per delivered update', (r) => r.cpuMsPer1kDelivered],
  ];
  for (const [name, pick] of metrics) {
    const best = bestPeer(rows, pick);
    if (!best) continue;
    lines.push(
      `  ours / best peer (${labels[best.server]}), ${name}: ${ratio(pick(ours), best.value)}  (below 1 = ours better)`,
    );
  }
  const relay = rows.find((r) => r.server === 'relay' && r.error === undefined);
  const bestP99 = bestPeer(rows, (r) => r.latencyMs?.p99);
  if (relay?.latencyMs) {
    const halfPeer = bestP99 ? `; half the best peer's p99 is ${num(bestP99.value / 2)} ms` : '';
    lines.push(
      `  relay floor (stores and checks nothing) p99 ${num(relay.latencyMs.p99)} ms${halfPeer}; ours / floor: p99 ${ratio(ours.latencyMs?.p99, relay.latencyMs.p99)}, CPU ${ratio(ours.cpuMsPer1kDelivered, relay.cpuMsPer1kDelivered)}`,
    );
  }
  return lines;
}

function coldTable(rows: readonly ColdLoadResult[]): string {
  const read = (r: ColdLoadResult, reader: ColdRead['reader']) =>
    r.reads.find((x) => x.reader === reader);
  const readCells = (x: ColdRead | undefined) => [
    num(x?.loadMs),
    num(x?.floorMs),
    ratio(x?.loadMs, x?.floorMs),
    num(x?.openedMs),
    num(x?.stateArrivedMs),
    num(x?.applyMs),
  ];
  const readHeads = (reader: string) => [
    `${reader}: load ms`,
    'floor ms',
    'vs floor',
    'opened ms',
    'state in ms',
    'apply ms',
  ];
  const table = formatTable(
    [
      'server',
      'build s',
      'edits/s',
      'state KiB',
      'stop ms',
      'restart ms',
      ...readHeads('cold reader'),
      ...readHeads('warm reader'),
      'content',
      'stored (msg 100)',
      'RSS after',
      'other % (build/loads)',
    ],
    rows.map((r) => {
      const cold = read(r, 'cold');
      const warm = read(r, 'warm');
      const checks = r.reads.map((x) => x.contentOk === true && x.stateVectorOk === true);
      return [
        labels[r.server],
        num(r.buildSec),
        num(r.buildEditsPerSec, 0),
        num(r.stateBytes === undefined ? undefined : r.stateBytes / 1024, 0),
        num(r.stopMs, 0),
        num(cold?.restartMs, 0),
        ...readCells(cold),
        ...readCells(warm),
        checks.length === 0 ? '-' : checks.every(Boolean) ? 'ok' : 'WRONG',
        r.storedConfirmed === undefined
          ? 'n/a'
          : r.storedConfirmed === null
            ? 'no answer'
            : r.storedConfirmed
              ? 'all stored'
              : 'MISSING',
        `${num(r.rssAfterLoadMiB)} MiB`,
        [r.foreignCpuDuringBuildPercent, ...r.reads.map((x) => x.foreignCpuPercent)]
          .map((x) => num(x, 0))
          .join(' / '),
      ];
    }),
  );
  const notes = rows.flatMap((r) => [
    ...(r.error
      ? [`  ! ${labels[r.server]}: ${r.error.split('\n').slice(0, 6).join('\n    ')}`]
      : []),
    ...(r.stopForced
      ? [`  ! ${labels[r.server]}: ignored SIGTERM, was killed before restart`]
      : []),
  ]);
  return [table, ...notes].join('\n');
}

function coldRatios(rows: readonly ColdLoadResult[]): string[] {
  const ours = rows.find((r) => r.server === 'lianban');
  const hocuspocus = rows.find((r) => r.server === 'hocuspocus');
  if (!ours) return [];
  return (['cold', 'warm'] as const).map((reader) => {
    const mine = ours.reads.find((x) => x.reader === reader);
    const theirs = hocuspocus?.reads.find((x) => x.reader === reader);
    return (
      `  ${reader} reader: ours / floor ${ratio(mine?.loadMs, mine?.floorMs)};  ` +
      `ours / hocuspocus ${ratio(mine?.loadMs, theirs?.loadMs)}  (below 1 = ours faster)`
    );
  });
}

/** The human-readable report: one table per scenario, ratios, the cold-load table. */
export function formatReport(report: BenchReport): string {
  const out: string[] = [];
  const scenarios = [...new Set(report.load.map((r) => r.scenario))];
  for (const name of scenarios) {
    const rows = report.load
      .filter((r) => r.scenario === name)
      .sort((a, b) => serverKinds.indexOf(a.server) - serverKinds.indexOf(b.server));
    const first = rows[0];
    if (!first) continue;
    out.push(
      `\nScenario ${name}: ${first.clients} clients / ${first.docs} documents / ${first.ratePerSec} edits/s each` +
        ` (propagation = last receiver; CPU % of one core; window ${num(first.windowSec)} s)`,
    );
    out.push(loadTable(rows), ...loadRatios(rows));
  }
  if (report.cold.length > 0) {
    out.push(
      `\nCold load: ${report.cold[0]?.edits} edits of history; restart, a fresh client connects → fully synced`,
      `  Each reader loads ${report.options.coldRepeats ?? 1} times, each after its own restart of the server (medians shown): a cold`,
      '  reader (a fresh process, as a page opening the document; floor: fresh processes applying the',
      '  same state, 5 per load) and a warm reader (applied the state 10 times first; floor: its own',
      '  next 9 applies per load). Floors are the median of all their applies.',
      '  opened: connect → upgrade accepted; state in: connect → first state message arrived (the',
      "  server's path and the transfer); apply: the reader applying what it was sent.",
      coldTable(report.cold),
      ...coldRatios(report.cold),
    );
  }
  out.push(
    `\nTotal ${report.totalSec.toFixed(0)} s on ${report.machine.cpus} CPUs, Node ${report.machine.node}.`,
  );
  return out.join('\n');
}
