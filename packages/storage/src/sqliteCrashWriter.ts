/**
 * Child process of `sqliteCrash.test.ts`, not part of the API: appends to a SQLite store from 40
 * concurrent writers over 20 documents (two drain steps) until killed, and prints `name seq` after each append
 * resolves. The update stored at seq s of a document reads `name#s`, padded to 120 bytes.
 * The drain interval decides whether the kill finds the appends in the journal only (a long
 * one) or lands among drains into the database (a short one). With `reads`, a reader also asks
 * for the metadata of one document after another, which drains that document alone.
 *
 * Usage: node --import tsx src/sqliteCrashWriter.ts <path> [NORMAL|FULL] [drainIntervalMs] [reads]
 */
import { createSqliteStore } from './createSqliteStore.ts';

const [path, level = 'NORMAL', drain = '1000', reads = ''] = process.argv.slice(2);
const drainIntervalMs = Number(drain);
if (!path || (level !== 'NORMAL' && level !== 'FULL') || !(drainIntervalMs >= 0)) {
  process.stderr.write('usage: sqliteCrashWriter.ts <path> [NORMAL|FULL] [drainIntervalMs]\n');
  process.exit(2);
}

const store = createSqliteStore({ path, synchronous: level, drainIntervalMs });
const encoder = new TextEncoder();
const issued = new Map<string, number>();

async function write(writer: number): Promise<never> {
  const name = `crash/${writer % 20}`;
  for (;;) {
    const expected = (issued.get(name) ?? 0) + 1;
    issued.set(name, expected);
    const seq = await store.append(name, encoder.encode(`${name}#${expected}`.padEnd(120, '.')));
    if (seq !== expected) {
      process.stderr.write(`${name}: expected seq ${expected}, got ${seq}\n`);
      process.exit(1);
    }
    process.stdout.write(`${name} ${seq}\n`);
  }
}

async function read(): Promise<never> {
  for (let next = 0; ; next++) {
    await store.meta(`crash/${next % 20}`);
    // A read settles within microtasks: without a turn in between, the writers would starve.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

await Promise.all([
  ...Array.from({ length: 40 }, (_, writer) => write(writer)),
  ...(reads === 'reads' ? [read()] : []),
]);
