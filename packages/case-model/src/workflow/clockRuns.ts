import type { ClockKind, ClockRun } from '../deadlines/clockRun.ts';
import type { CaseState } from './caseState.ts';
import type { WorkflowEvent } from './workflowEvent.ts';

type Length = ClockRun['length'];
type Draft = { -readonly [P in keyof Omit<ClockRun, 'pauses'>]: ClockRun[P] } & {
  pauses: { from: string; to?: string }[];
};

/** Clock lengths a locality configures (domain.md §6); the statutory ones are fixed. */
export interface ClockOptions {
  /** 包案 period; default 3 months. */
  readonly leaderOwnership?: Length;
  /** The petitioner's window to rate the handling; default 7 calendar days. */
  readonly evaluation?: Length;
}

const days = (amount: number): Length => ({ amount, unit: 'calendarDays' });
// An order's due date overrides the length, which is then meaningless.
const byDueDate = days(0);
// These answer to a unit's conduct or the petitioner's rating, so the end of the case leaves them running.
const outliveTheCase: readonly ClockKind[] = [
  'supervision',
  'improvementAnswer',
  'evaluation',
  'assignmentReport',
];
const endsTheCase = new Set<string>(['withdraw', 'close', 'tell', 'notAccept', 'decideReexam']);

/**
 * The deadline clocks of a case (domain.md §6), derived from its applied events: which run,
 * when each started, its pauses (re-examination hearings) and when an act stopped it. Ids are
 * the kind for clocks a case runs once ('handle', 'review', …) and `kind:<startingEventId>` for
 * the others ('route:…', 'objection:…', 'supervision:<orderId>', …). Evaluating them against
 * the calendar is the deadline engine's work.
 */
export function clockRuns(state: CaseState, options: ClockOptions = {}): ClockRun[] {
  const runs = new Map<string, Draft>();
  const running = (kind: ClockKind): Draft[] =>
    [...runs.values()].filter((run) => run.kind === kind && run.stoppedAt === undefined);
  const start = (
    id: string,
    kind: ClockKind,
    startedAt: string,
    length: Length,
    dueDate?: string,
  ): void => {
    runs.set(id, {
      id,
      kind,
      startedAt,
      length,
      pauses: [],
      ...(dueDate === undefined ? {} : { dueDate }),
    });
  };
  const stop = (at: string, ...kinds: ClockKind[]): void => {
    for (const kind of kinds) for (const run of running(kind)) run.stoppedAt = at;
  };
  const stopId = (id: string, at: string): void => {
    const run = runs.get(id);
    if (run !== undefined && run.stoppedAt === undefined) run.stoppedAt = at;
  };

  for (const event of state.timeline) {
    const { at } = event;
    switch (event.type) {
      case 'register':
      case 'object':
        // An objection sends the case back to the petition office, which must route it again.
        stop(at, 'objection', 'acceptNotice', 'assignmentReport');
        start(`route:${event.id}`, 'route', at, days(15));
        break;
      case 'transfer':
      case 'assign':
        stop(at, 'route');
        start(`acceptNotice:${event.id}`, 'acceptNotice', at, days(15));
        start(`objection:${event.id}`, 'objection', at, { amount: 5, unit: 'workingDays' });
        if (event.type === 'assign') {
          start(
            `assignmentReport:${event.id}`,
            'assignmentReport',
            at,
            byDueDate,
            event.payload.reportDueDate,
          );
        }
        break;
      case 'accept': {
        const route = running('route')[0];
        // Accepted by the petition office itself: its receipt was the start of the route clock.
        if (route !== undefined && running('acceptNotice').length === 0) {
          start(
            route.id.replace('route:', 'acceptNotice:'),
            'acceptNotice',
            route.startedAt,
            days(15),
          );
        }
        stop(at, 'route', 'objection');
        if (event.payload.notice !== 'pending') stop(at, 'acceptNotice');
        start('handle', 'handle', at, days(60));
        break;
      }
      case 'serveAcceptNotice':
        stop(at, 'acceptNotice');
        break;
      case 'extend': {
        const handle = runs.get('handle');
        if (handle !== undefined) handle.extensionDays = event.payload.days;
        break;
      }
      case 'startHearing':
        for (const run of running('reexam')) run.pauses.push({ from: at });
        break;
      case 'endHearing':
        for (const run of running('reexam')) closePause(run, at);
        break;
      case 'reply':
        stop(at, 'handle');
        start('reviewWindow', 'reviewWindow', at, days(30));
        start('evaluation', 'evaluation', at, options.evaluation ?? days(7));
        break;
      case 'requestReview':
        stop(at, 'reviewWindow');
        start('review', 'review', at, days(30));
        break;
      case 'decideReview':
        stop(at, 'review');
        start('reexamWindow', 'reexamWindow', at, days(30));
        break;
      case 'requestReexam':
        stop(at, 'reexamWindow');
        start('reexam', 'reexam', at, days(30));
        break;
      case 'proposeImprovement':
        start(`improvementAnswer:${event.id}`, 'improvementAnswer', at, days(30));
        break;
      case 'answerImprovement':
        stopId(`improvementAnswer:${event.payload.proposalId}`, at);
        break;
      case 'takeOwnership':
        start(
          'leaderOwnership',
          'leaderOwnership',
          at,
          options.leaderOwnership ?? { amount: 3, unit: 'months' },
        );
        break;
      case 'supervise':
        start(`supervision:${event.id}`, 'supervision', at, byDueDate, event.payload.dueDate);
        break;
      case 'completionReport':
        if (event.payload.orderId === undefined) stop(at, 'assignmentReport');
        else stopId(`supervision:${event.payload.orderId}`, at);
        break;
      case 'rate':
        if (event.payload.subject === 'handling') stop(at, 'evaluation');
        break;
    }
    if (endsTheCase.has(event.type)) stopCaseClocks(runs, event);
  }
  return [...runs.values()].map(freeze);
}

function closePause(run: Draft, at: string): void {
  const last = run.pauses.at(-1);
  if (last !== undefined && last.to === undefined) last.to = at;
}

function stopCaseClocks(runs: Map<string, Draft>, event: WorkflowEvent): void {
  for (const run of runs.values()) {
    if (run.stoppedAt !== undefined || outliveTheCase.includes(run.kind)) continue;
    closePause(run, event.at);
    run.stoppedAt = event.at;
  }
}

function freeze(run: Draft): ClockRun {
  return { ...run, pauses: run.pauses.map((pause) => ({ ...pause })) };
}
