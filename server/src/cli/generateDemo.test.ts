import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProgress, readGenerateArgs } from './generateDemo.ts';

const script = fileURLToPath(new URL('./generateDemo.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function runCli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('generateDemo arguments and progress', () => {
  it('reads the data directory, the count (with separators) and the seed', () => {
    expect(readGenerateArgs(['--data-dir', '/tmp/x', '--cases', '100_000', '--seed', '7'])).toEqual(
      {
        dataDir: '/tmp/x',
        cases: 100_000,
        seed: 7,
        force: false,
      },
    );
    expect(readGenerateArgs(['--data-dir', 'd', '--seed', 'spring']).seed).toBe('spring');
    expect(readGenerateArgs(['--data-dir', 'd']).cases).toBe(2000);
    expect(() => readGenerateArgs(['--cases', '0'])).toThrow(/--cases/);
    expect(() => readGenerateArgs(['--cases', 'many'])).toThrow(/--cases/);
    expect(() => readGenerateArgs(['--bogus'])).toThrow();
  });

  it('redraws one line on a terminal and prints a line every 5 % elsewhere', () => {
    const tty: string[] = [];
    const bar = createProgress({ write: (text: string) => tty.push(text), isTTY: true });
    for (let done = 0; done <= 1000; done++) bar.update(done, 1000, 'cases');
    bar.finish();
    expect(tty.every((text) => text.startsWith('\r') || text === '\n')).toBe(true);
    expect(tty.at(-2)).toContain('100% 1,000/1,000');
    const log: string[] = [];
    const lines = createProgress({ write: (text: string) => log.push(text) });
    for (let done = 0; done <= 1000; done++) lines.update(done, 1000, 'cases');
    expect(log).toHaveLength(21);
    expect(log.every((text) => text.endsWith('\n') && text.startsWith('cases'))).toBe(true);
  });
});

describe('generateDemo command', () => {
  let dir: string;
  let first: ReturnType<typeof runCli>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lianban-generate-'));
    first = runCli('--data-dir', dir, '--cases', '30', '--seed', '3');
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('generates into a fresh directory, with progress on stderr and counts on stdout', () => {
    expect(first.code, first.err).toBe(0);
    expect(first.out).toMatch(/Generated 30 cases \(seed 3\) in \d+\.\d s/);
    expect(first.out).toContain('33 cases (3 hand-written)');
    expect(first.err).toContain('100% 30/30');
    const db = new Database(join(dir, 'app.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(33);
      expect(db.prepare('SELECT count(*) FROM units').pluck().get()).toBe(300);
    } finally {
      db.close();
    }
  });

  it('refuses a directory that holds a database, unless --force', () => {
    const again = runCli('--data-dir', dir, '--cases', '5');
    expect(again.code).toBe(1);
    expect(again.err).toContain('already holds a database');
    const forced = runCli('--data-dir', dir, '--cases', '5', '--force');
    expect(forced.code, forced.err).toBe(0);
    expect(forced.out).toContain('8 cases (3 hand-written)');
  }, 60_000);
});
