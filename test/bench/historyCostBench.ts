/**
 * What full history costs: the same recorded edit histories replayed into Y.Docs with Yjs garbage
 * collection off (as case documents are stored and served, so versions can be rebuilt) and on.
 * Run: node --expose-gc --import tsx test/bench/historyCostBench.ts [--quick]
 */
import { type HistoryCost, measureHistoryCost } from './history/measureHistoryCost.ts';
import { type EditWorkload, recordEditHistory } from './history/recordEditHistory.ts';
import { printTable } from './support/report.ts';

const quick = process.argv.includes('--quick');
const cases: { workload: EditWorkload; edits: number }[] = quick
  ? [
      { workload: 'typing', edits: 5_000 },
      { workload: 'rewriting', edits: 5_000 },
    ]
  : [
      { workload: 'typing', edits: 10_000 },
      { workload: 'typing', edits: 100_000 },
      { workload: 'rewriting', edits: 10_000 },
      { workload: 'rewriting', edits: 50_000 },
    ];

if (!(globalThis as { gc?: unknown }).gc) {
  process.stderr.write('heap figures need node --expose-gc; they are left out\n');
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const mib = (bytes: number) =>
  Number.isNaN(bytes) ? '–' : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const ratio = (off: number, on: number) => `${(off / on).toFixed(2)}×`;

// Compiles Yjs's apply and encode paths for both settings before anything is measured.
measureHistoryCost(recordEditHistory('rewriting', 2_000, 99), 2, 1);

const rows: string[][] = [];
for (const { workload, edits } of cases) {
  const history = recordEditHistory(workload, edits);
  const deletedShare = 1 - history.visibleChars / history.typedChars;
  const label = `${workload}, ${edits.toLocaleString('en')} edits (${(deletedShare * 100).toFixed(0)} % of typed text deleted)`;
  const { off, on } = measureHistoryCost(history);
  const costs: HistoryCost[] = [off, on];
  for (const cost of costs) {
    rows.push([
      cost.gc ? '' : label,
      cost.gc ? 'gc on' : '**gc off (ours)**',
      kib(cost.stateBytes),
      cost.encodeMs.toFixed(1),
      cost.loadMs.toFixed(1),
      mib(cost.heapBytes),
      cost.replayMs.toFixed(0),
    ]);
  }
  rows.push([
    '',
    'off / on',
    ratio(off.stateBytes, on.stateBytes),
    ratio(off.encodeMs, on.encodeMs),
    ratio(off.loadMs, on.loadMs),
    Number.isNaN(off.heapBytes) ? '–' : ratio(off.heapBytes, on.heapBytes),
    ratio(off.replayMs, on.replayMs),
  ]);
}

printTable(
  'full history: Yjs garbage collection off vs on (medians of 5 runs, replays of 3)',
  [
    'history',
    'gc',
    'state',
    'encode ms',
    'load ms',
    'heap of loaded doc',
    'replay of the whole log, ms',
  ],
  rows,
);
