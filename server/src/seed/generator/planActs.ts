import { addDays, type CivilDate, type ReplyOutcome, shanghaiDate } from '@lianban/case-model';
import {
  closeNotes,
  completionSummaries,
  extensionReasons,
  improvementAnswers,
  improvementProposals,
  notAcceptTexts,
  objectionReasons,
  reexamReasons,
  reexamSummaries,
  reviewReasons,
  reviewSummaries,
  supervisionNotes,
  tellNotes,
  withdrawReasons,
} from './actTexts.ts';
import { instructionBodies, remarkBodies } from './noteTexts.ts';
import {
  afterDue,
  dueDate,
  later,
  minutesAfter,
  officeInstant,
  periodEnd,
  periodEndMs,
  workingDayFrom,
} from './period.ts';
import type { ChainState, PlannedAct, PlannedEntry } from './planTypes.ts';
import { placeKeyOf, unitIdOf } from './province.ts';
import type { Random } from './random.ts';
import type { Staff } from './staff.ts';
import type { CaseSeed } from './structure.ts';

/** The acts of one case within the period, and the milestones the documents are written from. */
export interface PlannedTimeline {
  /** Acts up to the end of the period, in time order. */
  readonly acts: readonly PlannedAct[];
  readonly remarks: readonly PlannedEntry[];
  readonly instructions: readonly PlannedEntry[];
  /** The supervisor who oversees the case (orders, remarks, annotations). */
  readonly supervisor: string;
  /** Milestones within the period (undefined when they come later or never). */
  readonly acceptedAt?: string;
  readonly handlingFrom?: string;
  readonly repliedAt?: string;
  /** The reply's outcome, when it was given within the period. */
  readonly outcome: ReplyOutcome | null;
  readonly terminatedAt: string | null;
  /** The act that ended the case within the period, if any. */
  readonly endedAt: string | null;
  readonly transferred: boolean;
  readonly assigned: boolean;
  readonly extended: boolean;
  readonly reviewRequested: boolean;
  readonly reexamRequested: boolean;
  readonly accusedRoutingAttempt: boolean;
}

// Acts that change the status (case-model's act specs): their events are the basis of later acts.
const transitions = new Set([
  'register',
  'transfer',
  'assign',
  'tell',
  'notAccept',
  'accept',
  'serveAcceptNotice',
  'object',
  'extend',
  'startHearing',
  'endHearing',
  'reply',
  'requestReview',
  'decideReview',
  'requestReexam',
  'decideReexam',
  'withdraw',
  'close',
]);
const finalActs = new Set(['tell', 'notAccept', 'withdraw', 'close', 'decideReexam']);

/** The event an act dated `at` that changes no status is decided on: the last change before it. */
export function basisAt(registerKey: string, acts: readonly PlannedAct[], at: string): string {
  let basis = registerKey;
  for (const act of acts) {
    if (act.input.at >= at) break;
    if (!act.refusedWith && transitions.has(act.input.type)) basis = act.input.idempotencyKey;
  }
  return basis;
}

const within = (at: string | undefined): at is string =>
  at !== undefined && Date.parse(at) <= periodEndMs;
const dateOf = (at: string): CivilDate => shanghaiDate(at);

/** `at`, unless later than the limit date: then an office instant on the last working day before. */
function notAfter(random: Random, at: string, limit: CivilDate): string {
  if (dateOf(at) <= limit) return at;
  let day = limit;
  while (workingDayFrom(day) !== day) day = addDays(day, -1);
  return officeInstant(random, day);
}

const replySummaries: Readonly<Record<ReplyOutcome, string>> = {
  supported: '予以支持',
  explained: '解释说明',
  notSupported: '不予支持',
};

/**
 * Lives one case through the workflow from its registration (domain.md §3–§6): routing (转送,
 * 交办, 告知, 不予受理, or none yet), acceptance, handling (hearing, extension, reply or an early
 * end), the petitioner's review and re-examination, closing when their windows run out, and the
 * oversight acts (督办, improvement proposals, 包案, 批示). Every instant respects the deadline
 * windows case-model checks; what falls after the end of the period is cut, leaving the case
 * in whatever state it has reached by then.
 */
export function planActs(
  random: Random,
  seed: CaseSeed,
  caseId: string,
  staff: Staff,
  previous: ChainState | undefined,
): PlannedTimeline {
  const { matter, flags } = seed;
  const { kind, slots } = matter;
  const R = seed.registeredAt;
  const clerk = staff.clerk(seed.officeId);
  const lead = seed.lead;
  const handler = staff.handler(lead);
  const acts: PlannedAct[] = [];
  let n = 0;
  const act = (
    actor: string,
    type: PlannedAct['input']['type'],
    at: string,
    payload: unknown,
    refusedWith?: PlannedAct['refusedWith'],
  ): string => {
    const idempotencyKey = `${caseId}-${String(++n).padStart(2, '0')}-${type}`;
    // The payload matches its type by construction; the union cannot follow it here.
    const input = { type, idempotencyKey, at, payload } as PlannedAct['input'];
    acts.push(refusedWith ? { actor, input, refusedWith } : { actor, input });
    return idempotencyKey;
  };

  // --- routing by the petition office
  let routedAt = later(random, R, 0, 4);
  if (Date.parse(routedAt) < Date.parse(R) + 3_600_000) {
    routedAt = minutesAfter(R, random.int(60, 180));
  }
  let routing = seed.routing;
  let notAcceptGround: keyof typeof notAcceptTexts = 'legalProcedure';
  if (previous?.terminatedAt && previous.terminatedAt < R) {
    routing = 'notAccept';
    notAcceptGround = 'terminated';
  } else if (
    previous &&
    previous.officeId !== seed.officeId &&
    (previous.endedAt === null || previous.endedAt > R)
  ) {
    routing = 'notAccept';
    notAcceptGround = 'pendingBelow';
  }
  let acceptedAt: string | undefined;
  let reportDue: CivilDate | undefined;
  if (flags.stuckRouting) {
    // Never routed: the route clock runs out at the office.
  } else if (routing === 'tell' && kind.tell) {
    act(clerk, 'tell', routedAt, { body: kind.tell, note: tellNotes[kind.tell] });
  } else if (routing === 'notAccept' || routing === 'tell') {
    const ground = routing === 'tell' ? 'legalProcedure' : notAcceptGround;
    act(clerk, 'notAccept', routedAt, {
      ground,
      reason: notAcceptTexts[ground],
      ...(ground === 'legalProcedure'
        ? { legalRoute: kind.legalRoute ?? '可依法向人民法院提起诉讼' }
        : {}),
    });
  } else if (routing === 'direct') {
    acceptedAt = routedAt;
  } else {
    if (seed.refusedLead) {
      // The office first routes to the unit the table names; the petition accuses it (refused).
      const attempt = { leadUnitId: seed.refusedLead, coUnitIds: [] };
      act(clerk, 'transfer', routedAt, attempt, 'accused-unit');
      routedAt = minutesAfter(routedAt, random.int(5, 40));
    }
    if (flags.objection) {
      const wrong = wrongUnit(random, seed);
      act(clerk, 'transfer', routedAt, { leadUnitId: wrong, coUnitIds: [] });
      const objectedAt = later(random, routedAt, 1, 3);
      act(staff.handler(wrong), 'object', objectedAt, { reasons: random.pick(objectionReasons) });
      routedAt = later(random, objectedAt, 0, 2);
    }
    const route = { leadUnitId: lead, coUnitIds: seed.co };
    if (seed.routing === 'assign') {
      reportDue = addDays(dateOf(routedAt), flags.extended ? 110 : 80);
      act(clerk, 'assign', routedAt, { ...route, reportDueDate: reportDue });
    } else {
      act(clerk, 'transfer', routedAt, route);
    }
    if (!flags.stuckReceived) acceptedAt = later(random, routedAt, 1, 7);
  }

  // --- acceptance and handling by the lead unit
  let handlingFrom: string | undefined;
  let repliedAt: string | undefined;
  let outcome: ReplyOutcome | null = null;
  let handleDue: CivilDate | undefined;
  let terminatedAt: string | null = null;
  if (acceptedAt && !flags.stuckRouting && !flags.stuckReceived) {
    const notice = seed.anonymous ? 'notRequired' : random.chance(0.75) ? 'served' : 'pending';
    act(handler, 'accept', acceptedAt, { notice });
    handlingFrom = acceptedAt;
    if (notice === 'pending') {
      handlingFrom = later(random, acceptedAt, 1, 5);
      act(handler, 'serveAcceptNotice', handlingFrom, {});
    }
    if (flags.mediated || flags.withdrawn) {
      const endedAt = later(random, handlingFrom, flags.mediated ? 8 : 5, flags.mediated ? 45 : 30);
      if (flags.mediated) {
        act(handler, 'close', endedAt, {
          ground: 'mediated',
          note: random.pick(closeNotes.mediated),
        });
      } else {
        act(handler, 'withdraw', endedAt, { reason: random.pick(withdrawReasons) });
      }
      // An assignment (交办) still wants its completion report when the case ends early.
      if (reportDue) {
        act(handler, 'completionReport', later(random, endedAt, 0, 3), {
          summary: random.pick(completionSummaries),
        });
      }
    } else {
      let hearingEnd: string | undefined;
      if (flags.hearing) {
        const start = later(random, handlingFrom, 12, 22);
        hearingEnd = later(random, start, 1, 2);
        act(handler, 'startHearing', start, {});
        act(handler, 'endHearing', hearingEnd, {});
      }
      let extensionDays = 0;
      if (flags.extended) {
        extensionDays = random.int(15, 30);
        let at = later(random, acceptedAt, 40, 52);
        const after = hearingEnd ?? handlingFrom;
        if (at <= after) at = later(random, after, 1, 2);
        act(staff.head(lead), 'extend', at, {
          days: extensionDays,
          reason: random.pick(extensionReasons),
        });
      }
      handleDue = dueDate(acceptedAt, 60, extensionDays);
      if (!flags.overdue) {
        const from = hearingEnd ?? handlingFrom;
        let at =
          extensionDays > 0
            ? officeInstant(
                random,
                addDays(dateOf(acceptedAt), 61 + random.int(0, extensionDays - 4)),
              )
            : later(random, from, 8, 48);
        at = notAfter(random, at, addDays(handleDue, -2));
        if (at <= from) at = minutesAfter(from, 90);
        repliedAt = at;
        outcome = outcomeOf(random, seed);
        act(handler, 'reply', repliedAt, {
          outcome,
          summary: `${replySummaries[outcome]}：${kind.findings[outcome](slots)}`.slice(0, 180),
        });
        if (reportDue) {
          act(handler, 'completionReport', later(random, repliedAt, 0, 3), {
            summary: random.pick(completionSummaries),
          });
        }
      }
    }
    if (!seed.anonymous && random.chance(0.3)) {
      act(clerk, 'rate', later(random, handlingFrom, 1, 10), {
        subject: 'acceptance',
        rating: rating(random, false),
      });
    }
    if (repliedAt && outcome) {
      if (!seed.anonymous && random.chance(0.45)) {
        act(clerk, 'rate', later(random, repliedAt, 1, 6), {
          subject: 'handling',
          rating: rating(random, flags.review),
        });
      }
      terminatedAt = planHigher(random, seed, staff, act, repliedAt, outcome);
    }
  }

  // --- oversight: supervision orders, improvement proposals, leaders
  const remarks: PlannedEntry[] = [];
  const instructions: PlannedEntry[] = [];
  const supervisor = staff.supervisor(matter.divisionCode, random);
  const supervise = (at: string, reason: keyof typeof supervisionNotes, days: number) => {
    const due = addDays(dateOf(at), days);
    const orderId = act(supervisor, 'supervise', at, {
      reason,
      dueDate: due,
      addressedUnitId: lead,
      note: supervisionNotes[reason],
    });
    remarks.push({
      id: `${caseId}-remark-${remarks.length + 1}`,
      author: supervisor,
      createdAt: at,
      body: random.pick(remarkBodies),
    });
    return { orderId, due };
  };
  if (flags.overdue && handleDue && random.chance(0.65)) {
    const at = afterDue(random, handleDue, 2, 12);
    const { orderId, due } = supervise(at, 'overdue', 10);
    if (random.chance(0.5)) {
      act(handler, 'completionReport', notAfter(random, later(random, at, 2, 8), due), {
        summary: '正在抓紧调查核实，已约谈信访人说明延误原因，将尽快作出处理意见',
        orderId,
      });
    }
  }
  if (flags.buckPassing && handlingFrom) {
    const at = later(random, handlingFrom, 10, 30);
    const { orderId, due } = supervise(at, 'buckPassing', 15);
    act(handler, 'completionReport', notAfter(random, later(random, at, 3, 12), due), {
      summary: random.pick(completionSummaries),
      orderId,
    });
  }
  if (flags.improvement && repliedAt) {
    const at = later(random, repliedAt, 2, 20);
    const proposalId = act(supervisor, 'proposeImprovement', at, {
      addressedUnitId: lead,
      text: random.pick(improvementProposals),
    });
    act(staff.head(lead), 'answerImprovement', later(random, at, 3, 25), {
      proposalId,
      answer: random.pick(improvementAnswers),
      adopted: true,
    });
  }
  const leader = staff.leader(matter.divisionCode, random);
  if (flags.instruction) {
    const at = later(random, R, 1, 10);
    const id = `${caseId}-instruction`;
    instructions.push({ id, author: leader, createdAt: at, body: random.pick(instructionBodies) });
    act(leader, 'leaderInstruction', at, { noteId: id });
  }

  // --- keep what happened within the period, in strict time order
  acts.sort((a, b) => (a.input.at < b.input.at ? -1 : a.input.at > b.input.at ? 1 : 0));
  for (let i = 1; i < acts.length; i++) {
    const before = acts[i - 1] as PlannedAct;
    const current = acts[i] as PlannedAct;
    if (current.input.at <= before.input.at) {
      acts[i] = { ...current, input: { ...current.input, at: minutesAfter(before.input.at, 1) } };
    }
  }
  let kept = acts.filter((item) => within(item.input.at));
  const final = kept.find((item) => finalActs.has(item.input.type) && !item.refusedWith);
  if (flags.ownership && within(handlingFrom)) {
    // 包案 runs three months: taken when the case will end within them (or the period will).
    const end = final?.input.at ?? periodEnd;
    const earliest = new Date(Date.parse(end) - 80 * 86_400_000).toISOString();
    const at = later(random, handlingFrom > earliest ? handlingFrom : earliest, 0, 3);
    if (at < end && !kept.some((item) => item.input.at === at)) {
      act(leader, 'takeOwnership', at, {});
      kept = [...kept, acts.at(-1) as PlannedAct].sort((a, b) =>
        a.input.at < b.input.at ? -1 : 1,
      );
    }
  }
  const has = (type: string) => kept.some((item) => item.input.type === type && !item.refusedWith);
  const replied = within(repliedAt) && outcome !== null;
  return {
    acts: kept,
    remarks: remarks.filter((entry) => within(entry.createdAt)),
    instructions: instructions.filter((entry) => within(entry.createdAt)),
    supervisor,
    ...(within(acceptedAt) && has('accept') ? { acceptedAt } : {}),
    ...(within(handlingFrom) && has('accept') ? { handlingFrom } : {}),
    ...(replied ? { repliedAt } : {}),
    outcome: replied ? outcome : null,
    terminatedAt: within(terminatedAt ?? undefined) ? terminatedAt : null,
    endedAt: final?.input.at ?? null,
    transferred: has('transfer'),
    assigned: has('assign'),
    extended: has('extend'),
    reviewRequested: has('requestReview'),
    reexamRequested: has('requestReexam'),
    accusedRoutingAttempt: kept.some((item) => item.refusedWith === 'accused-unit'),
  };
}

/**
 * After the reply: the petitioner asks the unit one level up for a review (复查) and perhaps the
 * next for a re-examination (复核, which ends the matter), or the windows run out and the case is
 * closed. Answers when the re-examination was decided, if it was.
 */
function planHigher(
  random: Random,
  seed: CaseSeed,
  staff: Staff,
  act: (actor: string, type: PlannedAct['input']['type'], at: string, payload: unknown) => string,
  repliedAt: string,
  outcome: ReplyOutcome,
): string | null {
  const { flags } = seed;
  if (!flags.review || !seed.reviewUnit) {
    if (random.chance(0.92)) {
      act(staff.handler(seed.lead), 'close', afterDue(random, dueDate(repliedAt, 30), 1, 6), {
        ground: 'noReviewRequested',
        note: closeNotes.noReviewRequested[0],
      });
    }
    return null;
  }
  const reviewer = staff.handler(seed.reviewUnit);
  const requested = notAfter(
    random,
    later(random, repliedAt, 3, 22),
    addDays(dueDate(repliedAt, 30), -1),
  );
  act(reviewer, 'requestReview', requested, {
    unitId: seed.reviewUnit,
    reasons: random.pick(reviewReasons[outcome]),
  });
  const decided = notAfter(
    random,
    later(random, requested, 7, 24),
    addDays(dueDate(requested, 30), -1),
  );
  const reviewOutcome: ReplyOutcome = random.chance(0.85) ? 'notSupported' : 'explained';
  act(reviewer, 'decideReview', decided, {
    outcome: reviewOutcome,
    summary: reviewSummaries[reviewOutcome],
  });
  if (!flags.reexam || !seed.reexamUnit) {
    act(reviewer, 'close', afterDue(random, dueDate(decided, 30), 1, 5), {
      ground: 'noReexamRequested',
      note: closeNotes.noReexamRequested[0],
    });
    return null;
  }
  const reexaminer = staff.handler(seed.reexamUnit);
  const asked = notAfter(random, later(random, decided, 3, 22), addDays(dueDate(decided, 30), -1));
  act(reexaminer, 'requestReexam', asked, {
    unitId: seed.reexamUnit,
    reasons: random.pick(reexamReasons),
  });
  let from = asked;
  if (random.chance(0.5)) {
    const start = later(random, asked, 3, 8);
    from = later(random, start, 1, 3);
    act(reexaminer, 'startHearing', start, {});
    act(reexaminer, 'endHearing', from, {});
  }
  let decidedAt = notAfter(random, later(random, from, 7, 20), addDays(dueDate(asked, 30), -1));
  if (decidedAt <= from) decidedAt = minutesAfter(from, 60);
  act(reexaminer, 'decideReexam', decidedAt, {
    outcome: 'notSupported',
    summary: reexamSummaries.notSupported,
  });
  return decidedAt;
}

function outcomeOf(random: Random, seed: CaseSeed): ReplyOutcome {
  const { matterClass } = seed.matter.kind;
  if (seed.flags.review) {
    return random.weighted([
      ['notSupported', 65],
      ['explained', 35],
    ] as const);
  }
  if (matterClass === 'suggestion' || matterClass === 'inquiry') {
    return random.weighted([
      ['supported', 55],
      ['explained', 45],
    ] as const);
  }
  return random.weighted([
    ['supported', 32],
    ['explained', 43],
    ['notSupported', 25],
  ] as const);
}

function rating(random: Random, unhappy: boolean): string {
  if (unhappy) return random.chance(0.8) ? 'dissatisfied' : 'basicallySatisfied';
  return random.weighted([
    ['satisfied', 55],
    ['basicallySatisfied', 30],
    ['dissatisfied', 15],
  ] as const);
}

/** A unit the office might wrongly route to first: another bureau of the lead's place. */
function wrongUnit(random: Random, seed: CaseSeed): string {
  const place = placeKeyOf(seed.lead);
  const accused = new Set(seed.matter.accused.map((party) => party.unitId));
  const codes = (['zj', 'zrzy', 'nync', 'cg', 'rs', 'mz', 'sthj'] as const)
    .map((code) => unitIdOf(place, code))
    .filter(
      (id) => id !== seed.lead && !seed.co.includes(id) && !accused.has(id) && id !== seed.officeId,
    );
  return random.pick(codes);
}
