import type { BenchReport, ColdLoadResult, ColdRead, LoadResult } from './BenchResults.ts';
import { contaminatedAbovePercent } from './contaminatedAbovePercent.ts';
import { formatTable } from './formatTable.ts';
import { median } from './median.ts';
import { type ServerKind, serverKinds } from './serverKinds.ts';

const labels: Readonly<Record<ServerKind, string>> = {
  lianban: 'ours (lianban)',
  hocuspocus: 'hocuspocus 3.4.4',
  ywebsocket: 'y-websocket-server',
  relay: 'relay (floor)',
};

const num = (value: number | undefined, digits = 1) =>
  value === undefined || !Number.isFinite(value) ? '-' : value.toFixed(digits);

const times = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value) ? '-' : `${value.toFixed(2)}×`;

function ratio(ours: number | undefined, peer: number | undefined): string {
  return ours === undefined || peer === undefined || !(peer > 0) ? '-' : times(ours / peer);
}

function loadTable(rows: readonly LoadResult[], withRound: boolean): string {
  const table = formatTable(
    [
      'server',
      ...(withRound ? ['round'] : []),
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
    rows.map((r) => [
      labels[r.server],
      ...(withRound ? [String(r.round)] : []),
      ...(r.error !== undefined && r.latencyMs === undefined
        ? ['FAILED', '', '', '', '', '', '', '', '', '', '', '', '', '', '']
        : [
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
          ]),
    ]),
  );
  const notes = rows.flatMap((r) => {
    const who = withRound ? `${labels[r.server]} (round ${r.round})` : labels[r.server];
    return [
      ...(r.error ? [`  ! ${who}: ${r.error.split('\n').slice(0, 6).join('\n    ')}`] : []),
      ...(r.clientProblems ?? []).map((p) => `  ! ${who} clients: ${p}`),
      ...(r.stopForced
        ? [`  ! ${who}: still busy 5 s after SIGTERM (persistence backlog?), killed`]
        : []),
      ...((r.attempts ?? 1) > 1
        ? [`  ! ${who}: measured ${r.attempts} times (contention), least contaminated shown`]
        : []),
      ...((r.foreignCpuPercent ?? 0) > contaminatedAbovePercent
        ? [
            `  ! ${who}: other processes used ${num(r.foreignCpuPercent)}% of a core during the window: figures are contaminated`,
          ]
        : []),
      ...(r.generator && r.generator.skippedEdits > 0
        ? [`  ! ${who}: generator fell behind, ${r.generator.skippedEdits} edits skipped`]
        : []),
    ];
  });
  return [table, ...notes].join('\n');
}

const measured = (r: LoadResult) => r.error === undefined;

/** Each server's median over the rounds of the figures the targets are judged on. */
function mediansTable(rows: readonly LoadResult[]): string {
  const servers = serverKinds.filter((kind) => rows.some((r) => r.server === kind));
  const medianOf = (kind: ServerKind, pick: (r: LoadResult) => number | undefined) => {
    const values = rows
      .filter((r) => r.server === kind && measured(r))
      .map(pick)
      .filter((v): v is number => v !== undefined && Number.isFinite(v));
    return values.length === 0 ? undefined : median(values);
  };
  return formatTable(
    ['median of rounds', 'p50 ms', 'p99 ms', 'CPU %', 'CPU ms/1k', 'RSS peak'],
    servers.map((kind) => [
      labels[kind],
      num(medianOf(kind, (r) => r.latencyMs?.p50)),
      num(medianOf(kind, (r) => r.latencyMs?.p99)),
      num(medianOf(kind, (r) => r.serverCpuPercent)),
      num(
        medianOf(kind, (r) => r.cpuMsPer1kDelivered),
        2,
      ),
      `${num(medianOf(kind, (r) => r.rssPeakMiB))} MiB`,
    ]),
  );
}

function bestPeer(rows: readonly LoadResult[], pick: (r: LoadResult) => number | undefined) {
  const values = rows
    .filter((r) => r.server !== 'lianban' && r.server !== 'relay' && measured(r))
    .map((r) => ({ server: r.server, value: pick(r) }))
    .filter(
      (v): v is { server: ServerKind; value: number } =>
        v.value !== undefined && Number.isFinite(v.value),
    );
  return values.sort((a, b) => a.value - b.value)[0];
}

const metrics: readonly [string, (r: LoadResult) => number | undefined][] = [
  ['p99 latency', (r) => r.latencyMs?.p99],
  ['CPU per delivered update', (r) => r.cpuMsPer1kDelivered],
];

/**
 * One round's ratios per metric: ours against the better peer and against the relay, and the
 * relay against the better peer (how far below the peer the floor itself sits).
 */
function roundRatios(rows: readonly LoadResult[]) {
  const ours = rows.find((r) => r.server === 'lianban' && measured(r));
  const relay = rows.find((r) => r.server === 'relay' && measured(r));
  return metrics.map(([, pick]) => {
    const best = bestPeer(rows, pick);
    const mine = ours ? pick(ours) : undefined;
    const floor = relay ? pick(relay) : undefined;
    return {
      peer: best?.server,
      peerValue: best?.value,
      vsPeer: mine !== undefined && best ? mine / best.value : undefined,
      vsRelay: mine !== undefined && floor ? mine / floor : undefined,
      floorVsPeer: floor !== undefined && best ? floor / best.value : undefined,
    };
  });
}

// One round's ratio, or the median of the rounds' with each of them.
const overRounds = (values: readonly number[]) =>
  values.length === 1
    ? ` ${times(values[0])}`
    : `, median ${times(median(values))} (rounds: ${values.map(times).join(', ')})`;

function loadRatios(rows: readonly LoadResult[]): string[] {
  const rounds = [...new Set(rows.map((r) => r.round))].sort((a, b) => a - b);
  const perRound = rounds.map((round) => roundRatios(rows.filter((r) => r.round === round)));
  const lines: string[] = [];
  for (const [index, [name]] of metrics.entries()) {
    const each = perRound.map((ratios) => ratios[index]!);
    const vsPeer = each.map((x) => x.vsPeer).filter((x): x is number => x !== undefined);
    if (vsPeer.length === 0) continue;
    const peerName = (peer: ServerKind | undefined) => (peer ? labels[peer].split(' ')[0] : '-');
    const detail = each.map((x) => `${times(x.vsPeer)} ${peerName(x.peer)}`);
    const vsRelay = each.map((x) => x.vsRelay).filter((x): x is number => x !== undefined);
    const relayPart = vsRelay.length === 0 ? '' : `; ours / relay floor ${times(median(vsRelay))}`;
    const floorVsPeer = each.map((x) => x.floorVsPeer).filter((x): x is number => x !== undefined);
    const floorPart =
      floorVsPeer.length === 0 ? '' : `; relay floor / better peer${overRounds(floorVsPeer)}`;
    lines.push(
      rounds.length > 1
        ? `  ${name}: ours / better peer, median of rounds ${times(median(vsPeer))} (rounds: ${detail.join(', ')})${relayPart}${floorPart}`
        : `  ${name}: ours / better peer (${peerName(each[0]?.peer)}) ${times(vsPeer[0])}${relayPart}${floorPart}`,
    );
  }
  const halves = perRound
    .map((ratios) => ratios[0]?.peerValue)
    .filter((x): x is number => x !== undefined);
  if (halves.length > 0)
    lines.push(
      `  half the better peer's p99, per round: ${halves.map((x) => `${num(x / 2)} ms`).join(', ')}`,
    );
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
      .sort(
        (a, b) =>
          serverKinds.indexOf(a.server) - serverKinds.indexOf(b.server) || a.round - b.round,
      );
    const first = rows[0];
    if (!first) continue;
    const rounds = new Set(rows.map((r) => r.round)).size;
    out.push(
      `\nScenario ${name}: ${first.clients} clients / ${first.docs} documents / ${first.ratePerSec} edits/s each` +
        ` (propagation = last receiver; CPU % of one core; window ${num(first.windowSec)} s` +
        `${rounds > 1 ? `; ${rounds} rounds, every server once per round` : ''})`,
    );
    out.push(loadTable(rows, rounds > 1));
    if (rounds > 1) out.push(mediansTable(rows));
    out.push(...loadRatios(rows));
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
