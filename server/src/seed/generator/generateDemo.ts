import { AsyncLocalStorage } from 'node:async_hooks';
import type { DocumentStore } from '@lianban/storage';
import { hashPassword } from '../../auth/passwordHash.ts';
import type { Principal } from '../../auth/principal.ts';
import type { UserDirectory } from '../../auth/userDirectory.ts';
import type { UnitDirectory } from '../../cases/unitDirectory.ts';
import type { AppDatabase } from '../../db/openAppDatabase.ts';
import type { Logger } from '../../observability/logger.ts';
import type { Metrics } from '../../observability/metrics.ts';
import { persistenceHooks } from '../../sync/hooks/persistenceHooks.ts';
import { composeRoomHooks } from '../../sync/roomHooks.ts';
import { createRoomRegistry } from '../../sync/roomRegistry.ts';
import { createCaseService } from '../../workflow/caseService.ts';
import type { CaseServiceDeps } from '../../workflow/caseServiceDeps.ts';
import { createDocumentWriter } from '../../workflow/documentWriter.ts';
import { refreshProjections } from '../../workflow/refreshProjections.ts';
import { demoPassword, demoUsers } from '../demoOrganisation.ts';
import { periodEnd } from './period.ts';
import { defaultDemoSeed, planDemo } from './planDemo.ts';
import { seedOrganisation } from './seedOrganisation.ts';
import { type CaseWriter, type SeedClock, writeCase, writeLink } from './writeCase.ts';

/** What the generator needs of a composed server. */
export interface GenerateDemoDeps {
  readonly db: AppDatabase;
  readonly store: DocumentStore;
  readonly metrics: Metrics;
  readonly users: UserDirectory;
  readonly units: UnitDirectory;
  readonly log: Logger;
  readonly workflowDeps: CaseServiceDeps;
}

/** How many cases, from which seed, and how to report progress. */
export interface GenerateDemoOptions {
  readonly cases: number;
  readonly seed?: string | number;
  /** Cases written at once (their document writes overlap); default 32. */
  readonly concurrency?: number;
  /** Cases per app-database transaction; default 200. */
  readonly batchSize?: number;
  /** Called after each case of each phase (and at the start of each with 0). */
  readonly onProgress?: (done: number, total: number, phase: DemoPhase) => void;
}

/** The phases of generation: the cases with their acts and documents, then their projections. */
export type DemoPhase = 'cases' | 'projections';

/** What was generated. */
export interface DemoSummary {
  readonly seed: string | number;
  readonly cases: number;
  readonly events: number;
  readonly units: number;
  readonly accounts: number;
  readonly repeatLinks: number;
  readonly refusedRoutings: number;
  readonly elapsedMs: number;
  /** Cases by workflow state. */
  readonly states: Readonly<Record<string, number>>;
}

/**
 * Generates the demo data of domain.md §10 into a server's database that already holds the
 * small demo (its units and accounts): the province's units and staff, then `cases` cases
 * planned from the seed and written through the workflow service (see `writeCase`), then the
 * repeat links, then every case's projections. Events carry their own past instants: the
 * service's clock reads each act's instant while it is decided (so the future-instant guard
 * accepts it) and the end of the demo period for the projections (so clocks and overdue flags
 * are as of that day). Seeding is not a user's act: it writes no audit records.
 */
export async function generateDemo(
  deps: GenerateDemoDeps,
  options: GenerateDemoOptions,
): Promise<DemoSummary> {
  const started = performance.now();
  const seed = options.seed ?? defaultDemoSeed;
  const plan = planDemo({ seed, cases: options.cases });
  const existing = demoUsers
    .map((user) => deps.users.findByUsername(user.username))
    .find((account) => account !== null);
  const passwordHash = existing?.passwordHash ?? (await hashPassword(demoPassword));
  const organisation = seedOrganisation(deps, plan, passwordHash, periodEnd);

  // The service's clock: an act's own instant while the act is decided and recorded (so its
  // clocks are projected as of then, and it is recorded then), carried through the awaits of that
  // act; the end of the period everywhere else, so that the record documents and the case index
  // show the cases as they stand at the end of the period.
  const endMs = Date.parse(periodEnd);
  const acting = new AsyncLocalStorage<number>();
  // Documents go through rooms as always, in a registry of the generator's own that is emptied
  // (each document stored, compacted and unloaded) after every batch: thousands of cases'
  // documents need not stay in memory. Its idle timer is not relied on: a busy seed can keep
  // timers from running for a long while.
  const rooms = createRoomRegistry({
    hooks: composeRoomHooks([persistenceHooks(deps.store, deps.metrics, { compactAfter: 2000 })]),
    idleMs: 10 * 60_000,
    onError: (error, room) =>
      deps.log.error('seed.room-error', { room: room.name, error: String(error) }),
  });
  const workflowDeps: CaseServiceDeps = {
    ...deps.workflowDeps,
    writer: createDocumentWriter(rooms),
    audit: { record() {} },
    now: () => new Date(acting.getStore() ?? endMs),
  };
  const clock: SeedClock = (at, run) => acting.run(Date.parse(at) + 1000, run);
  const principals = new Map<string, Principal>();
  const writer: CaseWriter = {
    deps: workflowDeps,
    clock,
    service: createCaseService(workflowDeps),
    principal(username) {
      let principal = principals.get(username);
      if (!principal) {
        const account = deps.users.findByUsername(username);
        if (!account) throw new Error(`demo generator: no account ${username}`);
        const { id: userId, displayName, role, unitId, divisionCode } = account;
        principal = { userId, username, displayName, role, unitId, divisionCode };
        principals.set(username, principal);
      }
      return principal;
    },
  };

  const total = plan.count;
  const concurrency = Math.max(1, options.concurrency ?? 32);
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const progress = options.onProgress ?? (() => {});
  let events = 0;
  let refusedRoutings = 0;
  const written: string[] = [];

  // 1. Every case: registration, acts and documents (projections wait for step 3).
  let done = 0;
  progress(0, total, 'cases');
  const afterBatch = () => rooms.closeAll();
  await inBatches(deps.db, plan.cases(), { batchSize, concurrency, afterBatch }, async (item) => {
    const result = await writeCase(writer, item);
    written.push(item.caseId);
    events += result.events;
    refusedRoutings += result.refusedRoutings;
    progress(++done, total, 'cases');
  });
  // 2. Repeat links, both ways, once both cases exist.
  await inTransaction(deps.db, async () => {
    for (const link of plan.links) writeLink(writer, link);
  });
  events += plan.links.length * 2;
  // 3. The record documents and the index entries, rebuilt once from each whole log.
  done = 0;
  progress(0, total, 'projections');
  const projectionBatches = { batchSize: batchSize * 2, concurrency, afterBatch };
  await inBatches(deps.db, written, projectionBatches, async (caseId) => {
    await refreshProjections(workflowDeps, caseId);
    progress(++done, total, 'projections');
  });

  const rows = deps.db
    .prepare('SELECT state, count(*) AS n FROM cases GROUP BY state ORDER BY state')
    .all() as { state: string; n: number }[];
  const summary: DemoSummary = {
    seed,
    cases: total,
    events,
    units: organisation.units,
    accounts: organisation.accounts,
    repeatLinks: plan.links.length,
    refusedRoutings,
    elapsedMs: Math.round(performance.now() - started),
    states: Object.fromEntries(rows.map((row) => [row.state, row.n])),
  };
  deps.log.info('seed.generated', { ...summary });
  return summary;
}

/**
 * Runs `work` on each item, `concurrency` at a time (their document writes overlap), in batches
 * of `batchSize` items that each make one app-database transaction, followed by `afterBatch`.
 */
async function inBatches<T>(
  db: AppDatabase,
  items: Iterable<T>,
  options: { batchSize: number; concurrency: number; afterBatch: () => Promise<void> },
  work: (item: T) => Promise<void>,
): Promise<void> {
  const iterator = items[Symbol.iterator]();
  for (;;) {
    const batch: T[] = [];
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      batch.push(next.value);
      if (batch.length >= options.batchSize) break;
    }
    if (batch.length === 0) return;
    await inTransaction(db, async () => {
      let index = 0;
      const worker = async () => {
        while (index < batch.length) await work(batch[index++] as T);
      };
      const workers = Math.min(options.concurrency, batch.length);
      await Promise.all(Array.from({ length: workers }, worker));
    });
    await options.afterBatch();
  }
}

/**
 * Runs `work` inside one app-database transaction: the workflow's own transactions become
 * savepoints (better-sqlite3 nests them), so a batch of cases costs one commit. Nothing else
 * writes the database while seeding (the server is not listening yet).
 */
async function inTransaction(db: AppDatabase, work: () => Promise<void>): Promise<void> {
  db.exec('BEGIN');
  try {
    await work();
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
