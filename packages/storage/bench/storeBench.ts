/**
 * Micro-benchmark of the document stores. Run from packages/storage:
 *   node --import tsx bench/storeBench.ts
 * Prints appends/s (1 writer, 200 concurrent writers), load time of a 100,000-update document
 * before and after compaction, and compactToSnapshot against Y.mergeUpdates.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import type { DocumentStore } from '../src/index.ts';
import { compactToSnapshot, createMemoryStore, createSqliteStore } from '../src/index.ts';

const directory = await mkdtemp(join(tmpdir(), 'lianban-bench-'));
let files = 0;
const sqlite = (synchronous: 'NORMAL' | 'FULL') => () => {
  files += 1;
  return createSqliteStore({ path: join(directory, `bench-${files}.sqlite`), synchronous });
};
const adapters: [string, () => DocumentStore][] = [
  ['memory', () => createMemoryStore()],
  ['sqlite NORMAL', sqlite('NORMAL')],
  ['sqlite FULL', sqlite('FULL')],
];

const update = new Uint8Array(32).map((_, index) => (index * 37) % 256);
const format = (value: number): string => Math.round(value).toLocaleString('en-US');

/** Appends/s of `writers` concurrent loops, each awaiting its own appends, for about `seconds`. */
async function appendRate(store: DocumentStore, writers: number, seconds: number): Promise<number> {
  let count = 0;
  const start = performance.now();
  const deadline = start + seconds * 1000;
  const writer = async (id: number): Promise<void> => {
    while (performance.now() < deadline) {
      await store.append(`bench/${id % 20}`, update);
      count += 1;
    }
  };
  await Promise.all(Array.from({ length: writers }, (_, id) => writer(id)));
  return count / ((performance.now() - start) / 1000);
}

/** Records `edits` single-character edits (one Yjs update each) on a gc-off document. */
function typingSession(edits: number): { updates: Uint8Array[]; text: string } {
  const doc = new Y.Doc({ gc: false });
  const body = doc.getText('body');
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (let edit = 0; edit < edits; edit++) {
    if (edit % 10 === 9) body.delete(body.length - 1, 1);
    else
      body.insert(
        Math.floor(body.length * ((edit % 7) / 7)),
        String.fromCharCode(0x4e00 + (edit % 500)),
      );
  }
  return { updates, text: body.toString() };
}

/** Milliseconds of `run`, best of `rounds` runs, and the last result. */
async function time<T>(run: () => Promise<T> | T, rounds = 3): Promise<{ ms: number; result: T }> {
  let best = Number.POSITIVE_INFINITY;
  let result: T | undefined;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    result = await run();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, result: result as T };
}

function toDoc(stored: { snapshot: Uint8Array | null; updates: Uint8Array[] } | null): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  doc.transact(() => {
    if (stored?.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const u of stored?.updates ?? []) Y.applyUpdate(doc, u);
  });
  return doc;
}

console.log(`node ${process.version}, ${process.platform} ${process.arch}\n`);
console.log('| adapter | 1 writer (appends/s) | 200 writers (appends/s) |\n| --- | ---: | ---: |');
for (const [name, open] of adapters) {
  const store = open();
  await appendRate(store, 1, 0.2);
  const single = await appendRate(store, 1, 2);
  const concurrent = await appendRate(store, 200, 2);
  await store.close();
  console.log(`| ${name} | ${format(single)} | ${format(concurrent)} |`);
}

const long = typingSession(100_000);
const tailBytes = long.updates.reduce((sum, u) => sum + u.byteLength, 0);
const path = join(directory, 'long.sqlite');
const store = createSqliteStore({ path });
for (let from = 0; from < long.updates.length; from += 10_000) {
  await Promise.all(long.updates.slice(from, from + 10_000).map((u) => store.append('long', u)));
}
const raw = await time(() => store.load('long'));
const rawDoc = await time(() => toDoc(raw.result), 2);
const compacted = await time(() => compactToSnapshot(null, long.updates), 2);
const compactCall = await time(() => store.compact('long', compacted.result, 100_000), 1);
const snap = await time(() => store.load('long'));
const snapDoc = await time(() => toDoc(snap.result), 2);
if (snapDoc.result.getText('body').toString() !== long.text)
  throw new Error('compaction changed the text');
console.log(
  `\nDocument of 100,000 single-character updates (${format(tailBytes)} bytes of updates; ` +
    `snapshot ${format(compacted.result.byteLength)} bytes), SQLite NORMAL, file ${format((await stat(path)).size)} bytes:`,
);
console.log('| | store.load (ms) | load + apply to Y.Doc (ms) |\n| --- | ---: | ---: |');
console.log(
  `| raw tail of 100,000 updates | ${raw.ms.toFixed(1)} | ${(raw.ms + rawDoc.ms).toFixed(1)} |`,
);
console.log(
  `| after compaction (1 snapshot) | ${snap.ms.toFixed(1)} | ${(snap.ms + snapDoc.ms).toFixed(1)} |`,
);
console.log(
  `compactToSnapshot of the 100,000 updates: ${compacted.ms.toFixed(0)} ms; store.compact: ${compactCall.ms.toFixed(1)} ms`,
);
await store.close();

const twenty = long.updates.slice(0, 20_000);
const applied = await time(() => compactToSnapshot(null, twenty), 2);
const merged = await time(() => Y.mergeUpdates(twenty), 1);
const same =
  toDoc({ snapshot: applied.result, updates: [] }).getText('body').toString() ===
  toDoc({ snapshot: merged.result, updates: [] }).getText('body').toString();
console.log('\n| merging 20,000 updates | ms | bytes |\n| --- | ---: | ---: |');
console.log(
  `| compactToSnapshot (apply to Y.Doc gc:false, encode once) | ${applied.ms.toFixed(0)} | ${format(applied.result.byteLength)} |`,
);
console.log(`| Y.mergeUpdates | ${merged.ms.toFixed(0)} | ${format(merged.result.byteLength)} |`);
console.log(`same content: ${same}; speed-up ${(merged.ms / applied.ms).toFixed(1)}x`);

await rm(directory, { recursive: true, force: true });
