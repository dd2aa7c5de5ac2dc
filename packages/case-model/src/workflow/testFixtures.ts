import type { ClockRun } from '../deadlines/clockRun.ts';
import type { CaseState } from './caseState.ts';
import { initialCaseState } from './caseState.ts';
import type { CommandPayloads } from './commandPayloads.ts';
import type { DecideResult } from './decide.ts';
import { decide } from './decide.ts';
import { eventLog } from './eventLog.ts';
import { foldEvents } from './foldEvents.ts';
import type { RegistrationFacts } from './registrationFacts.ts';
import type { Actor, CommandOf, CommandType, WorkflowCommand } from './workflowCommand.ts';
import type { WorkflowContext } from './workflowContext.ts';

/** Units of the test province; `police` is the unit the petition accuses. */
export const units = {
  office: 'u-county-office',
  environment: 'u-county-environment',
  housing: 'u-county-housing',
  police: 'u-county-police',
  city: 'u-city-government',
  province: 'u-province-government',
  inspection: 'u-city-inspection',
} as const;

/** One actor per role and unit the tests need. */
export const actors = {
  clerk: { userId: 'clerk', unitId: units.office, role: 'receptionClerk' },
  officeHandler: { userId: 'office-handler', unitId: units.office, role: 'handler' },
  handler: { userId: 'env-handler', unitId: units.environment, role: 'handler' },
  head: { userId: 'env-head', unitId: units.environment, role: 'unitHead' },
  housingHandler: { userId: 'housing-handler', unitId: units.housing, role: 'handler' },
  cityHandler: { userId: 'city-handler', unitId: units.city, role: 'handler' },
  provinceHandler: { userId: 'province-handler', unitId: units.province, role: 'handler' },
  supervisor: { userId: 'supervisor', unitId: units.inspection, role: 'supervisor' },
  leader: { userId: 'leader', unitId: units.office, role: 'leader' },
  analyst: { userId: 'analyst', unitId: units.office, role: 'analyst' },
} as const satisfies Record<string, Actor>;

/** The ISO instant `day` days and `hour` hours after Monday 2025-03-03 00:00 UTC. */
export function at(day: number, hour = 1): string {
  return new Date(Date.UTC(2025, 2, 3) + day * 86_400_000 + hour * 3_600_000).toISOString();
}

/** A petition on pollution that accuses the county police. */
export const facts: RegistrationFacts = {
  registeringUnitId: units.office,
  channel: 'visit',
  matterClass: 'grievance',
  category: 'environment',
  divisionCode: '990101',
  anonymous: false,
  jointDesk: false,
  accusedUnitIds: [units.police],
  groupVisit: null,
};

/** A fake deadline engine: calendar days from the start (months as 30, pauses added), inclusive. */
export const calendarDays: WorkflowContext = {
  windowOpen: (run: ClockRun, instant: string) => {
    if (run.dueDate !== undefined) return instant.slice(0, 10) <= run.dueDate;
    const perUnit = run.length.unit === 'months' ? 30 : 1;
    const paused = run.pauses.reduce(
      (sum, pause) => sum + Date.parse(pause.to ?? instant) - Date.parse(pause.from),
      0,
    );
    const allowed = (run.length.amount * perUnit + (run.extensionDays ?? 0)) * 86_400_000 + paused;
    return Date.parse(instant) - Date.parse(run.startedAt) <= allowed;
  },
};

/** A command with a key derived from its type and instant unless one is given. */
export function command<K extends CommandType>(
  type: K,
  actor: Actor,
  instant: string,
  payload: CommandPayloads[K],
  extra: { readonly idempotencyKey?: string; readonly basis?: string | null } = {},
): CommandOf<K> {
  return { type, actor, at: instant, payload, idempotencyKey: `${type}@${instant}`, ...extra };
}

/** Decides a command and folds its events onto the state's log; throws if it is refused. */
export function run(state: CaseState, next: WorkflowCommand, context = calendarDays): CaseState {
  const result: DecideResult = decide(state, next, context);
  if (!result.ok) throw new Error(`${next.type} refused: ${result.code} ${result.reason.en}`);
  return foldEvents([...eventLog(state), ...result.events]);
}

/** Runs commands one after the other from the state. */
export function runAll(commands: readonly WorkflowCommand[], state = initialCaseState): CaseState {
  return commands.reduce((current, next) => run(current, next), state);
}

/** Named steps of an ordinary case, each a command; days count from the registration. */
export const steps = {
  register: command('register', actors.clerk, at(0), { caseId: 'case-1', facts }),
  transfer: command('transfer', actors.clerk, at(2), {
    leadUnitId: units.environment,
    coUnitIds: [units.housing],
  }),
  accept: command('accept', actors.handler, at(4), { notice: 'served' }),
  reply: command('reply', actors.handler, at(40), {
    outcome: 'notSupported',
    summary: '经调查，排放达标',
  }),
} as const;

/** The case transferred to the environment bureau (TRANSFERRED). */
export const transferred = (): CaseState => runAll([steps.register, steps.transfer]);
/** The case accepted with notice served (IN_PROGRESS). */
export const inProgress = (): CaseState => run(transferred(), steps.accept);
/** The case replied (REPLIED). */
export const replied = (): CaseState => run(inProgress(), steps.reply);
