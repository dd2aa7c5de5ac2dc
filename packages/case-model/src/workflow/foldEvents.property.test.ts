import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptNotices } from './acceptNotice.ts';
import { actRoles } from './actRoles.ts';
import type { CaseState } from './caseState.ts';
import { initialCaseState } from './caseState.ts';
import type { CaseStatus } from './caseStatus.ts';
import { closeGrounds } from './closeGround.ts';
import { commandTypes } from './commandLabels.ts';
import { decide } from './decide.ts';
import { foldEvents } from './foldEvents.ts';
import { parseInstant } from './parseInstant.ts';
import { referralBodies } from './referralBody.ts';
import { replyOutcomes } from './replyOutcome.ts';
import { supervisionReasons } from './supervisionReason.ts';
import { at, calendarDays, facts, units } from './testFixtures.ts';
import { unitsInCharge } from './unitsInCharge.ts';
import type { Actor, CommandType, WorkflowCommand } from './workflowCommand.ts';
import type { WorkflowEvent } from './workflowEvent.ts';

/** One random step: which act, who, what payload, how long after, and whether from a stale device. */
interface Step {
  readonly act: number;
  readonly choice: number;
  readonly minutes: number;
  readonly stale: number;
}

const step = fc.record({
  act: fc.nat({ max: 10_000 }),
  choice: fc.nat({ max: 10_000 }),
  minutes: fc.integer({ min: 1, max: 60 * 24 * 12 }),
  stale: fc.nat({ max: 9 }),
});

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length] as T;
// Half the steps take an act that can follow the current state, so that random cases get far.
const likelyNext: Partial<Record<CaseStatus, readonly CommandType[]>> = {
  REGISTERED: ['transfer', 'assign', 'accept'],
  OBJECTED: ['transfer', 'assign'],
  TRANSFERRED: ['accept', 'object'],
  ASSIGNED: ['accept', 'object', 'completionReport'],
  ACCEPTED: ['serveAcceptNotice'],
  IN_PROGRESS: ['extend', 'startHearing', 'reply'],
  EXTENDED: ['startHearing', 'reply'],
  HEARING: ['endHearing'],
  REPLIED: ['requestReview', 'close', 'rate'],
  IN_REVIEW: ['decideReview'],
  REVIEW_DECIDED: ['requestReexam', 'close'],
  IN_REEXAM: ['startHearing', 'decideReexam'],
};
// Acts that end the case are made rarer, or most logs would be short.
const ending: readonly CommandType[] = ['withdraw', 'close', 'tell', 'notAccept'];

function typeFor(state: CaseState, next: Step, index: number): CommandType {
  if (index === 0) return 'register';
  const likely = likelyNext[state.status];
  if (likely !== undefined && next.act % 2 === 0) return pick(likely, next.choice);
  const type = pick(commandTypes, next.act);
  return ending.includes(type) && next.choice % 3 !== 0 ? pick(commandTypes, next.act + 1) : type;
}
const allUnits = Object.values(units);

function actorFor(type: CommandType, state: CaseState, choice: number): Actor {
  const role = pick(actRoles[type], choice);
  let unitId = unitsInCharge(state)[0] ?? units.office;
  if (['register', 'transfer', 'assign', 'tell', 'rate', 'linkRepeat'].includes(type))
    unitId = units.office;
  if (type === 'requestReview') unitId = units.city;
  if (type === 'requestReexam') unitId = units.province;
  if (type === 'answerImprovement') unitId = state.improvements.at(-1)?.addressedUnitId ?? unitId;
  if (type === 'completionReport' && choice % 2 === 1)
    unitId = state.supervisionOrders.at(-1)?.addressedUnitId ?? unitId;
  // Now and then the wrong unit, so that refusals happen too.
  if (choice % 11 === 0 && type !== 'register') unitId = pick(allUnits, choice);
  return { userId: `${role}@${unitId}`, unitId, role };
}

function payloadFor(type: CommandType, state: CaseState, choice: number): unknown {
  const lead = pick([units.environment, units.housing, units.police], choice);
  const decision = { outcome: pick(replyOutcomes, choice), summary: '意见' };
  switch (type) {
    case 'register':
      return { caseId: 'case-p', facts };
    case 'transfer':
      return { leadUnitId: lead, coUnitIds: choice % 3 === 0 ? [units.city] : [] };
    case 'assign':
      return { leadUnitId: lead, coUnitIds: [], reportDueDate: '2025-06-30' };
    case 'tell':
      return { body: pick(referralBodies, choice), note: '' };
    case 'notAccept':
      return {
        ground: 'legalProcedure',
        reason: '诉讼',
        ...(choice % 4 === 0 ? {} : { legalRoute: '起诉' }),
      };
    case 'accept':
      return { notice: pick(acceptNotices, choice) };
    case 'object':
      return { reasons: '非本单位职责' };
    case 'extend':
      return { days: pick([10, 30, 31], choice), reason: '复杂' };
    case 'reply':
    case 'decideReview':
    case 'decideReexam':
      return decision;
    case 'requestReview':
      return { unitId: units.city, reasons: '不服' };
    case 'requestReexam':
      return { unitId: units.province, reasons: '不服' };
    case 'supervise':
      return {
        reason: pick(supervisionReasons, choice),
        dueDate: '2025-05-01',
        addressedUnitId: state.leadUnitId ?? units.office,
        note: '',
      };
    case 'proposeImprovement':
      return { addressedUnitId: lead, text: '建议' };
    case 'answerImprovement':
      return {
        proposalId: state.improvements.at(-1)?.id ?? 'none',
        answer: '答复',
        adopted: choice % 2 === 0,
      };
    case 'leaderInstruction':
      return { noteId: `note-${choice % 3}` };
    case 'completionReport': {
      const order = state.supervisionOrders.at(-1);
      return choice % 2 === 1 && order !== undefined
        ? { summary: '报告', orderId: order.id }
        : { summary: '报告' };
    }
    case 'withdraw':
      return { reason: '撤回' };
    case 'close':
      return { ground: pick(closeGrounds, choice), note: '' };
    case 'rate':
      return { subject: choice % 2 === 0 ? 'handling' : 'acceptance', rating: 'satisfied' };
    case 'linkRepeat':
      return { caseId: `case-${choice % 3}` };
    default:
      return {};
  }
}

const latest = (state: CaseState): number =>
  Math.max(
    Date.parse(at(0)),
    ...[...state.timeline, ...state.conflicts.map((c) => c.event)].map(
      (e) => parseInstant(e.at) ?? 0,
    ),
  );

/**
 * Drives `decide` with random commands. A stale step decides on a state a few steps old, as an
 * offline device would, and its events join the same log: that is where conflicts come from.
 */
function buildLog(
  steps: readonly Step[],
  offline: boolean,
): { log: WorkflowEvent[]; states: CaseState[] } {
  const log: WorkflowEvent[] = [];
  const states: CaseState[] = [initialCaseState];
  steps.forEach((next, index) => {
    const current = states.at(-1)!;
    const base =
      offline && next.stale > 6 ? (states.at(-1 - (next.stale % 4)) ?? current) : current;
    const type = typeFor(base, next, index);
    const instant = new Date(latest(base) + next.minutes * 60_000).toISOString();
    const command = {
      type,
      idempotencyKey: `k${index}`,
      actor: actorFor(type, base, next.choice),
      at: instant,
      payload: payloadFor(type, base, next.choice),
    } as WorkflowCommand;
    const result = decide(base, command, calendarDays);
    if (!result.ok) return;
    log.push(...result.events);
    states.push(foldEvents(log));
  });
  return { log, states };
}

/** A deterministic shuffle with duplicates (some re-serialised), from a seed. */
function scramble(log: readonly WorkflowEvent[], seed: number): WorkflowEvent[] {
  let s = seed >>> 0;
  const random = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const items = [...log];
  for (const event of log)
    if (random() < 0.3) items.push(random() < 0.5 ? event : structuredClone(event));
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

describe('foldEvents over random logs', () => {
  it('folds every permutation of a log, with duplicates, to the identical state', () => {
    const seen = { conflicts: 0, terminated: 0, runs: 0 };
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 20, maxLength: 80 }),
        fc.array(fc.integer(), { minLength: 3, maxLength: 3 }),
        (steps, seeds) => {
          const { log } = buildLog(steps, true);
          const reference = foldEvents(log);
          seen.runs += 1;
          if (reference.conflicts.length > 0) seen.conflicts += 1;
          if (reference.status === 'TERMINATED') seen.terminated += 1;
          for (const seed of seeds)
            expect(foldEvents(scramble(log, seed))).toStrictEqual(reference);
        },
      ),
      { numRuns: 100 },
    );
    // The property must have met conflicts and cases that went far, or it proves little.
    expect(seen.conflicts).toBeGreaterThan(seen.runs / 4);
    expect(seen.terminated).toBeGreaterThan(seen.runs / 10);
  });

  it('folds a log decided on one device with no conflicts, to the state each step saw', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 20, maxLength: 80 }), (steps) => {
        const { log, states } = buildLog(steps, false);
        const folded = foldEvents(log.toReversed());
        expect(folded.conflicts).toEqual([]);
        expect(folded.timeline).toHaveLength(log.length);
        expect(folded).toStrictEqual(states.at(-1));
      }),
      { numRuns: 100 },
    );
  });
});
