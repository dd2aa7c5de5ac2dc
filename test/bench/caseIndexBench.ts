/**
 * Case index benchmark: generates 100,000 synthetic cases (seeded; Chinese titles, requests and
 * facts from small templates), indexes them, then times each kind of list query 30 times as a
 * handler, a supervisor and a leader and prints the median and p95 in ms. Target: every median
 * under 100 ms. Run: `node --import tsx test/bench/caseIndexBench.ts [--cases N] [--memory]
 * [--db PATH]` (a temporary file database by default; `--db` keeps and reuses one).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Principal } from '../../server/src/auth/principal.ts';
import type { CaseIndexEntry, CaseQuery } from '../../server/src/caseIndex/caseIndexEntry.ts';
import { createCaseIndex } from '../../server/src/caseIndex/createCaseIndex.ts';
import { openAppDatabase } from '../../server/src/db/openAppDatabase.ts';
import { createCaseGenerator, benchUnit as unit } from './caseIndex/generateCases.ts';

const argv = process.argv.slice(2);
const caseCount = Number(argv[argv.indexOf('--cases') + 1]) || 100_000;
const inMemory = argv.includes('--memory');
/** `--db PATH`: keep the database there, and reuse it when it is already filled. */
const keptPath = argv.includes('--db') ? argv[argv.indexOf('--db') + 1] : undefined;
const runs = 30;
const today = new Date('2026-03-10T04:00:00Z');

const reader = (
  name: string,
  role: Principal['role'],
  unitId: string,
  divisionCode: string,
): Principal => ({
  userId: `bench-${name}`,
  username: name,
  displayName: name,
  role,
  unitId,
  divisionCode,
});
const readers: [string, Principal][] = [
  ['handler (county petition office)', reader('h1', 'handler', unit('990102', 'xfj'), '990102')],
  ['handler (county bureau)', reader('h2', 'handler', unit('990102', 'zj'), '990102')],
  ['supervisor (city)', reader('s1', 'supervisor', unit('990100', 'xfj'), '990100')],
  ['leader (province)', reader('l1', 'leader', unit('990000', 'xfj'), '990000')],
];
const rotate =
  <T>(values: readonly T[]) =>
  (i: number) =>
    values[i % values.length]!;
const twoChar = rotate(['拆迁', '工资', '噪音', '物业', '低保']);
const fourChar = rotate(['拖欠工资', '补偿标准', '排放废气', '物业服务', '延期交房']);
const queryKinds: [string, (i: number) => CaseQuery][] = [
  ['plain list', () => ({})],
  [
    'state + category',
    () => ({
      states: ['IN_PROGRESS', 'EXTENDED'],
      categories: ['urbanDemolition', 'landAcquisition'],
    }),
  ],
  ['overdue', () => ({ overdue: true, sort: 'dueDate' })],
  ['due within 7 days', () => ({ dueWithinDays: 7, sort: 'dueDate' })],
  ['division prefix', () => ({ division: '990102' })],
  ['search 2-char word', (i) => ({ q: twoChar(i) })],
  ['search 4-char phrase', (i) => ({ q: fourChar(i) })],
  [
    'search + filter',
    (i) => ({
      q: rotate(['补偿', '安置', '评估'])(i),
      states: ['IN_PROGRESS'],
      categories: ['urbanDemolition', 'landAcquisition'],
    }),
  ],
];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function main(): void {
  const dir = inMemory || keptPath ? null : mkdtempSync(join(tmpdir(), 'case-index-bench-'));
  const path = keptPath ?? (dir ? join(dir, 'app.sqlite') : ':memory:');
  const db = openAppDatabase(path);
  const index = createCaseIndex(db, { now: () => today });
  const insertStarted = performance.now();
  const generateCase = createCaseGenerator(caseCount, today);
  const filled = db.prepare('SELECT count(*) FROM case_index').pluck().get() as number;
  if (filled === 0) {
    for (let from = 0; from < caseCount; from += 1000) {
      const batch: CaseIndexEntry[] = [];
      for (let i = from; i < Math.min(caseCount, from + 1000); i++) batch.push(generateCase(i));
      index.upsertMany(batch);
    }
  }
  const insertMs = performance.now() - insertStarted;
  db.pragma('wal_checkpoint(TRUNCATE)');
  const bytes =
    path === ':memory:'
      ? (db.pragma('page_count', { simple: true }) as number) * 4096
      : statSync(path).size;
  const lines = [
    `case index bench: ${caseCount} cases, ${inMemory ? 'in memory' : 'file database (WAL)'}, ${runs} runs per query, node ${process.version}`,
    `insert: ${(insertMs / 1000).toFixed(1)} s (${((insertMs / caseCount) * 1000).toFixed(0)} µs per case), database ${(bytes / 1e6).toFixed(0)} MB`,
    '',
    '| reader | query | visible matches | median ms | p95 ms |',
    '| --- | --- | ---: | ---: | ---: |',
  ];
  const medians: number[] = [];
  for (const [readerName, principal] of readers) {
    const timed = (label: string, make: (i: number) => CaseQuery) => {
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < runs; i++) {
        const query = make(i);
        const started = performance.now();
        total = index.query(principal, query).total;
        times.push(performance.now() - started);
      }
      const median = percentile(times, 50);
      medians.push(median);
      lines.push(
        `| ${readerName} | ${label} | ${total} | ${median.toFixed(1)} | ${percentile(times, 95).toFixed(1)} |`,
      );
      process.stdout.write(`${lines[lines.length - 1]}\n`);
    };
    for (const [label, make] of queryKinds) timed(label, make);
    let cursor: string | undefined;
    let pages = 1;
    for (; pages < 50; pages++) {
      const next: string | null = index.query(principal, cursor ? { cursor } : {}).nextCursor;
      if (next === null) break;
      cursor = next;
    }
    timed(`page ${pages} via cursor`, () => (cursor ? { cursor } : {}));
  }
  db.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  process.stdout.write(`\n${lines.join('\n')}\n`);
  const worst = Math.max(...medians);
  process.stdout.write(
    `\nworst median ${worst.toFixed(1)} ms: ${worst < 100 ? 'PASS' : 'FAIL'} (target < 100 ms)\n`,
  );
  if (worst >= 100) process.exitCode = 1;
}

main();
