import { type ServerKind, serverKinds } from './serverKinds.ts';

/** One load scenario: `clients` thin clients spread evenly over `docs` documents. */
export interface ScenarioSpec {
  name: string;
  clients: number;
  docs: number;
  /** Edits per second, per client. */
  ratePerSec: number;
}

export interface BenchOptions {
  servers: ServerKind[];
  scenarios: ScenarioSpec[];
  warmupSec: number;
  durationSec: number;
  /**
   * Load measurements per server and scenario, interleaved (every server once per round): the
   * report gives each round's ratios and their median, so one noisy window decides nothing.
   */
  rounds: number;
  /** Longest wait after the window for edits sent in it to reach every receiver. */
  drainSec: number;
  /** Edits of history for the cold-load test; 0 skips it. */
  coldEdits: number;
  /** Edits sent back to back before the builder waits for a sync round trip. */
  coldBatch: number;
  /** Loads per reader, each after its own restart; the median is reported. */
  coldRepeats: number;
  /** Longest wait for other processes to go quiet before each measurement; 0: do not wait. */
  quietWaitSec: number;
  /** Re-runs allowed (in all) of load measurements that other processes contaminated. */
  retries: number;
  quick: boolean;
}

const allScenarios: readonly ScenarioSpec[] = [
  { name: 'A', clients: 200, docs: 50, ratePerSec: 20 },
  { name: 'B', clients: 500, docs: 100, ratePerSec: 4 },
];

const usage = `pnpm bench:sync [--quick] [--duration S] [--rounds N] [--warmup S] [--servers a,b] [--scenarios A,B | --no-load]
                [--cold-edits N | --no-cold] [--cold-repeats N] [--quiet-wait S] [--retries N]
  servers: ${serverKinds.join(', ')}     env: BENCH_SYNC_DURATION, BENCH_SYNC_SERVERS`;

function positive(name: string, raw: string | undefined, integer: boolean): number {
  const value = Number(raw);
  if (
    raw === undefined ||
    !Number.isFinite(value) ||
    value < 0 ||
    (integer && !Number.isInteger(value))
  ) {
    throw new Error(
      `${name} needs a non-negative ${integer ? 'integer' : 'number'}, got ${raw}\n${usage}`,
    );
  }
  return value;
}

function listOf<T extends string>(name: string, raw: string, allowed: readonly T[]): T[] {
  const items = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  for (const item of items) {
    if (!allowed.includes(item as T)) throw new Error(`unknown ${name} "${item}"\n${usage}`);
  }
  if (items.length === 0) throw new Error(`${name} list is empty\n${usage}`);
  return items as T[];
}

/** Reads flags (and a few env variables) into options; throws with usage text on bad input. */
export function parseBenchOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const quick = argv.includes('--quick');
  const options: BenchOptions = {
    servers: [...serverKinds],
    scenarios: [...allScenarios],
    warmupSec: quick ? 2 : 4,
    // Twice scenario A's compaction period (25 s), so each window holds what a steady state does.
    durationSec: quick ? 6 : 50,
    rounds: quick ? 1 : 3,
    drainSec: 3,
    coldEdits: 100_000,
    coldBatch: 1_000,
    coldRepeats: quick ? 1 : 3,
    quietWaitSec: quick ? 10 : 15,
    retries: 0,
    quick,
  };
  if (env.BENCH_SYNC_DURATION)
    options.durationSec = positive('BENCH_SYNC_DURATION', env.BENCH_SYNC_DURATION, false);
  if (env.BENCH_SYNC_SERVERS)
    options.servers = listOf('server', env.BENCH_SYNC_SERVERS, serverKinds);
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    switch (flag) {
      case '--quick':
        break;
      case '--duration':
        options.durationSec = positive(flag, value, false);
        i++;
        break;
      case '--rounds':
        options.rounds = Math.max(1, positive(flag, value, true));
        i++;
        break;
      case '--warmup':
        options.warmupSec = positive(flag, value, false);
        i++;
        break;
      case '--servers':
        options.servers = listOf('server', value ?? '', serverKinds);
        i++;
        break;
      case '--scenarios': {
        const names = listOf(
          'scenario',
          value ?? '',
          allScenarios.map((s) => s.name),
        );
        options.scenarios = allScenarios.filter((s) => names.includes(s.name));
        i++;
        break;
      }
      case '--cold-edits':
        options.coldEdits = positive(flag, value, true);
        i++;
        break;
      case '--cold-repeats':
        options.coldRepeats = Math.max(1, positive(flag, value, true));
        i++;
        break;
      case '--quiet-wait':
        options.quietWaitSec = positive(flag, value, false);
        i++;
        break;
      case '--retries':
        options.retries = positive(flag, value, true);
        i++;
        break;
      case '--no-load':
        options.scenarios = [];
        break;
      case '--no-cold':
        options.coldEdits = 0;
        break;
      case '--help':
      case '-h':
        throw new Error(usage);
      default:
        throw new Error(`unknown flag ${flag}\n${usage}`);
    }
  }
  if (options.durationSec < 1) throw new Error(`--duration must be at least 1 s\n${usage}`);
  return options;
}
