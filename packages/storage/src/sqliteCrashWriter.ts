/**
 * Child process of `sqliteCrash.test.ts`, not part of the API: appends to a SQLite store from 40
 * concurrent writers over 4 documents until killed, and prints `name seq` after each append
 * resolves. The update stored at seq s of a document reads `name#s`, padded to 120 bytes.
 *
 * Usage: node --import tsx src/sqliteCrashWriter.ts <path> [NORMAL|FULL]
 */
import { createSqliteStore } from './createSqliteStore.ts';

const [path, level = 'NORMAL'] = process.argv.slice(2);
if (!path || (level !== 'NORMAL' && level !== 'FULL')) {
  process.stderr.write('usage: sqliteCrashWriter.ts <path> [NORMAL|FULL]\n');
  process.exit(2);
}

const store = createSqliteStore({ path, synchronous: level });
const encoder = new TextEncoder();
const issued = new Map<string, number>();

async function write(writer: number): Promise<never> {
  const name = `crash/${writer % 4}`;
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

await Promise.all(Array.from({ length: 40 }, (_, writer) => write(writer)));
