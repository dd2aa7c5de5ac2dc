/**
 * Generates the demo data of domain.md §10 into a fresh data directory: the hand-written small
 * demo, then the fictional province and `--cases` cases planned from `--seed`, written through
 * the workflow service exactly as the start command's full seed does (which is this with 2,000
 * cases and the default seed). Shows a progress bar on stderr; prints counts and time at the end.
 *
 *   node --import tsx server/src/cli/generateDemo.ts --data-dir DIR [--cases N] [--seed S] [--force]
 *
 * A directory that already holds a database is refused unless `--force` (which deletes it).
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { composeServer } from '../composeServer.ts';
import { readEnv } from '../env.ts';
import { defaultDemoSeed } from '../seed/generator/planDemo.ts';
import { fullDemoCases, seedDemo } from '../seed/seedDemo.ts';

const databaseFiles = /^(app|documents)\.sqlite(-wal|-shm|-journal)?$/;

/** The options as given on the command line. */
export interface GenerateArgs {
  readonly dataDir: string;
  readonly cases: number;
  readonly seed: string | number;
  readonly force: boolean;
}

/** Reads the arguments; throws with a usage line on anything wrong. */
export function readGenerateArgs(argv: readonly string[]): GenerateArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'data-dir': { type: 'string' },
      cases: { type: 'string' },
      seed: { type: 'string' },
      force: { type: 'boolean' },
    },
    strict: true,
  });
  const cases =
    values.cases === undefined ? fullDemoCases : Number(values.cases.replaceAll('_', ''));
  if (!Number.isSafeInteger(cases) || cases < 1 || cases > 10_000_000) {
    throw new Error('--cases must be a whole number from 1 to 10,000,000');
  }
  const seedText = values.seed ?? String(defaultDemoSeed);
  return {
    dataDir: resolve(values['data-dir'] ?? readEnv().DATA_DIR),
    cases,
    seed: /^\d+$/.test(seedText) ? Number(seedText) : seedText,
    force: values.force ?? false,
  };
}

/** A progress display per phase: a bar redrawn in place on a terminal, a line every 5 % otherwise. */
export function createProgress(
  out: { write(text: string): unknown; isTTY?: boolean },
  started = performance.now(),
): { update(done: number, total: number, phase?: string): void; finish(): void } {
  let lastDraw = 0;
  let phaseStarted = started;
  let lastStep = -1;
  let drawn = false;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  let currentPhase: string | undefined;
  const line = (done: number, total: number) => {
    const elapsed = performance.now() - phaseStarted;
    const share = total === 0 ? 1 : done / total;
    const eta = done === 0 ? '' : ` · ETA ${seconds((elapsed / done) * (total - done))}`;
    const width = 30;
    const full = Math.round(share * width);
    const bar = `${'█'.repeat(full)}${'░'.repeat(width - full)}`;
    const count = `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`;
    const label = (currentPhase ?? 'cases').padEnd(11);
    return `${label} ${bar} ${(share * 100).toFixed(0).padStart(3)}% ${count} · ${seconds(elapsed)}${eta}`;
  };
  return {
    update(done, total, phase) {
      if (phase !== currentPhase) {
        if (out.isTTY && drawn) out.write('\n');
        currentPhase = phase;
        phaseStarted = performance.now();
        lastStep = -1;
        drawn = false;
      }
      if (out.isTTY) {
        const now = performance.now();
        if (done < total && now - lastDraw < 100) return;
        lastDraw = now;
        drawn = true;
        out.write(`\r${line(done, total)}\u001b[K`);
        return;
      }
      const step = total === 0 ? 20 : Math.floor((done / total) * 20);
      if (step === lastStep) return;
      lastStep = step;
      out.write(`${line(done, total)}\n`);
    },
    finish() {
      if (out.isTTY && drawn) out.write('\n');
    },
  };
}

/** Runs the generator; answers the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const args = readGenerateArgs(argv);
  if (existsSync(args.dataDir)) {
    const present = readdirSync(args.dataDir).filter((name) => databaseFiles.test(name));
    if (present.length > 0 && !args.force) {
      process.stderr.write(
        `generateDemo: ${args.dataDir} already holds a database (${present.join(', ')}); ` +
          'use another directory or --force to replace it\n',
      );
      return 1;
    }
    for (const name of present) rmSync(join(args.dataDir, name), { force: true });
  }
  mkdirSync(args.dataDir, { recursive: true });
  const started = performance.now();
  process.stderr.write(
    `Generating ${args.cases.toLocaleString('en-US')} demo cases (seed ${args.seed}) into ${args.dataDir}\n`,
  );
  const parts = composeServer({ DATA_DIR: args.dataDir, LOG_LEVEL: 'warn' });
  const progress = createProgress(process.stderr, started);
  try {
    const summary = await seedDemo(parts, {
      level: 'full',
      cases: args.cases,
      seed: args.seed,
      onProgress: (done, total, phase) => progress.update(done, total, phase),
    });
    progress.finish();
    await parts.rooms.closeAll();
    await parts.store.close();
    const count = (sql: string) => parts.db.prepare(sql).pluck().get() as number;
    const totals = {
      cases: count('SELECT count(*) FROM cases'),
      events: count('SELECT count(*) FROM workflow_events'),
      units: count('SELECT count(*) FROM units'),
      accounts: count('SELECT count(*) FROM users'),
    };
    parts.db.close();
    const elapsed = ((performance.now() - started) / 1000).toFixed(1);
    const states = Object.entries(summary?.states ?? {})
      .map(([state, n]) => `${state} ${n}`)
      .join(', ');
    process.stdout.write(
      [
        `Generated ${args.cases.toLocaleString('en-US')} cases (seed ${args.seed}) in ${elapsed} s`,
        `  ${totals.cases.toLocaleString('en-US')} cases (3 hand-written), ${totals.events.toLocaleString('en-US')} events, ${totals.units} units, ${totals.accounts} accounts`,
        `  ${summary?.repeatLinks ?? 0} repeat links, ${summary?.refusedRoutings ?? 0} routings to an accused unit refused`,
        `  by state: ${states}`,
        `  start it with DATA_DIR=${args.dataDir} pnpm start`,
        '',
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    progress.finish();
    await parts.rooms.closeAll().catch(() => {});
    await parts.store.close().catch(() => {});
    parts.db.close();
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `generateDemo: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
