import type { DocumentStore } from '@lianban/storage';
import type { Principal } from '../auth/principal.ts';
import type { UserDirectory } from '../auth/userDirectory.ts';
import type { CaseDirectory } from '../cases/caseDirectory.ts';
import type { UnitDirectory } from '../cases/unitDirectory.ts';
import type { AppDatabase } from '../db/openAppDatabase.ts';
import type { Logger } from '../observability/logger.ts';
import type { Metrics } from '../observability/metrics.ts';
import { type CaseService, createCaseService } from '../workflow/caseService.ts';
import type { CaseServiceDeps } from '../workflow/caseServiceDeps.ts';
import type { CommandInput } from '../workflow/commandInput.ts';
import { demoCases } from './demoCases.ts';
import { demoUsers } from './demoOrganisation.ts';
import { demoOrganisationSeed } from './demoOrganisationSeed.ts';
import { type DemoPhase, type DemoSummary, generateDemo } from './generator/generateDemo.ts';

const hourMs = 3_600_000;

/**
 * How much demo data an empty database gets (SEED_DEMO): `full`, the hand-written demo plus the
 * generated province of domain.md §10 with `fullDemoCases` cases; `small`, the hand-written demo
 * only (its 5 units, 9 accounts and 3 cases; what the tests use); `none`.
 */
export type DemoSeedLevel = 'full' | 'small' | 'none';

/** Cases the full demo generates (domain.md §10: about 2,000 over twelve months). */
export const fullDemoCases = 2000;

/**
 * The level to seed at, from the `seedDemo` option and SEED_DEMO: `false` never seeds; `true`
 * seeds at SEED_DEMO's level, or `full` when SEED_DEMO is `none`; absent, SEED_DEMO decides.
 */
export function demoSeedLevel(option: boolean | undefined, setting: DemoSeedLevel): DemoSeedLevel {
  if (option === false) return 'none';
  if (option === true && setting === 'none') return 'full';
  return setting;
}

/** What the seed writes through: the server's parts. */
export interface SeedDemoDeps {
  db: AppDatabase;
  users: UserDirectory;
  units: UnitDirectory;
  cases: CaseDirectory;
  store: DocumentStore;
  metrics: Metrics;
  log: Logger;
  workflowDeps: CaseServiceDeps;
}

/** Options of the full seed. */
export interface SeedDemoOptions {
  readonly level?: Exclude<DemoSeedLevel, 'none'>;
  /** Generated cases at the full level; default `fullDemoCases`. */
  readonly cases?: number;
  readonly seed?: string | number;
  readonly onProgress?: (done: number, total: number, phase: DemoPhase) => void;
}

/**
 * Seeds demo data into an empty database: the small demo, then at the `full` level the generated
 * province and its cases (see `generator/generateDemo.ts`); answers what was generated, if anything.
 *
 * The small demo is the hand-written organisation, accounts and cases. Each demo case is
 * registered and moved to its state through the workflow service (register, then transfer to
 * its lead and co-handling units and accept, as its entry says), so its event log, `file` and
 * `record` documents, clocks and index entry are the real ones. Seeding is not a user's act:
 * it writes no audit records.
 */
export async function seedDemo(
  deps: SeedDemoDeps,
  options: SeedDemoOptions = {},
): Promise<DemoSummary | null> {
  await demoOrganisationSeed(deps.units, deps.users);
  const workflow = createCaseService({ ...deps.workflowDeps, audit: { record() {} } });
  const principal = (match: (user: (typeof demoUsers)[number]) => boolean): Principal => {
    const demo = demoUsers.find(match);
    const account = demo && deps.users.findByUsername(demo.username);
    if (!account) throw new Error('demo seed: no demo user for a demo act');
    const { id: userId, username, displayName, role, unitId, divisionCode } = account;
    return { userId, username, displayName, role, unitId, divisionCode };
  };
  for (const { entry, registration } of demoCases) {
    const { caseId, leadUnitId } = entry;
    const clerk = principal((user) => user.role === 'receptionClerk');
    const start = Date.parse(registration.registeredAt);
    const at = (hours: number) => new Date(start + hours * hourMs).toISOString();
    const key = `seed-${caseId}-register`;
    await expectApplied(
      workflow.registerCase(clerk, { idempotencyKey: key, registration, caseId }, noSource),
    );
    if (!leadUnitId) continue;
    const transfer: CommandInput = {
      type: 'transfer',
      idempotencyKey: `seed-${caseId}-transfer`,
      at: at(1),
      payload: { leadUnitId, coUnitIds: [...(entry.coHandlingUnitIds ?? [])] },
    };
    await expectApplied(workflow.applyCommand(clerk, caseId, transfer, noSource));
    if (entry.state !== 'ACCEPTED') continue;
    const handler = principal((user) => user.role === 'handler' && user.unitId === leadUnitId);
    const accept: CommandInput = {
      type: 'accept',
      idempotencyKey: `seed-${caseId}-accept`,
      at: at(24),
      payload: { notice: 'pending' },
    };
    await expectApplied(workflow.applyCommand(handler, caseId, accept, noSource));
  }
  deps.log.info('seed.demo', { cases: demoCases.length });
  if (options.level !== 'full') return null;
  return generateDemo(deps, {
    cases: options.cases ?? fullDemoCases,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
}

const noSource = { sourceAddress: null };

async function expectApplied(result: ReturnType<CaseService['applyCommand']>): Promise<void> {
  const answer = await result;
  if (!answer.ok) throw new Error(`demo seed refused: ${JSON.stringify(answer)}`);
}
