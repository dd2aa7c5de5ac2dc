import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from './createSqliteStore.ts';

const packageDirectory = dirname(dirname(fileURLToPath(import.meta.url)));
const killAfterLines = 3000;
let directory = '';

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'lianban-crash-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** Runs the writer until it has acknowledged `killAfterLines` appends, then kills it with SIGKILL. */
function runAndKill(
  path: string,
  level: 'NORMAL' | 'FULL',
  drainIntervalMs: number,
  reads: boolean,
): Promise<{ lines: string[]; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/sqliteCrashWriter.ts',
        path,
        level,
        String(drainIntervalMs),
        reads ? 'reads' : '',
      ],
      {
        cwd: packageDirectory,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    let errors = '';
    let lineCount = 0;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      lineCount += chunk.split('\n').length - 1;
      if (lineCount >= killAfterLines && child.exitCode === null) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      errors += chunk;
    });
    // A writer that never gets that far must not outlive the test.
    const deadline = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(deadline);
      if (lineCount < killAfterLines) {
        reject(new Error(`writer ended after ${lineCount} lines (${code ?? signal}): ${errors}`));
        return;
      }
      if (signal !== 'SIGKILL') reject(new Error(`writer exited with ${code}: ${errors}`));
      // Only complete lines were acknowledged; a partial last line is dropped.
      else resolve({ lines: output.split('\n').slice(0, -1), signal });
    });
  });
}

describe('SQLite store after kill -9', () => {
  // 60 s: the kill finds every append in the journal; 3 ms: it lands among drains. With reads,
  // documents are also drained one at a time, out of their cycle.
  for (const [level, drainIntervalMs, reads] of [
    ['NORMAL', 60_000, false],
    ['NORMAL', 3, false],
    ['FULL', 60_000, false],
    ['FULL', 3, false],
    ['NORMAL', 60_000, true],
    ['NORMAL', 3, true],
  ] as const) {
    const withReads = reads ? ', with reads' : '';
    it(`keeps every acknowledged append (synchronous ${level}, drains every ${drainIntervalMs} ms${withReads})`, async () => {
      const path = join(directory, `crash-${level}-${drainIntervalMs}-${reads}.sqlite`);
      const { lines, signal } = await runAndKill(path, level, drainIntervalMs, reads);
      expect(signal).toBe('SIGKILL');
      expect(lines.length).toBeGreaterThanOrEqual(killAfterLines);

      const acknowledged = new Map<string, number>();
      for (const line of lines) {
        const [name = '', seq = ''] = line.split(' ');
        acknowledged.set(name, Math.max(acknowledged.get(name) ?? 0, Number(seq)));
      }
      const store = createSqliteStore({ path });
      try {
        expect(await store.list()).toEqual(expect.arrayContaining([...acknowledged.keys()]));
        for (const [name, highest] of acknowledged) {
          const stored = await store.load(name);
          expect(stored?.lastSeq).toBeGreaterThanOrEqual(highest);
          // Every stored update, acknowledged or not, is whole and in its place.
          const texts = stored?.updates.map((update) =>
            new TextDecoder().decode(update).replace(/\.+$/, ''),
          );
          expect(texts).toEqual(
            Array.from({ length: stored?.lastSeq ?? 0 }, (_, index) => `${name}#${index + 1}`),
          );
        }
      } finally {
        await store.close();
      }
    });
  }
});
