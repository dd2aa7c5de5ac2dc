import { isKeyCategory, type PetitionRequest } from '@lianban/case-model';
import { minutesAfter } from './period.ts';
import { basisAt, planActs } from './planActs.ts';
import { planDocuments } from './planDocuments.ts';
import { planRegistration } from './planRegistration.ts';
import type { CasePlan, ChainState, PlannedLink } from './planTypes.ts';
import type { Random } from './random.ts';
import type { Staff } from './staff.ts';
import type { CaseSeed } from './structure.ts';

/** The organisation a plan is written against, and what earlier cases left for later ones. */
export interface PlanContext {
  readonly staff: Staff;
  readonly unitName: (unitId: string) => string;
  /** The last case of each repeat chain (a person petitioning again about one matter). */
  readonly chains: Map<string, ChainState>;
  /** The request of the first case about each matter, which later petitions paraphrase. */
  readonly firstRequests: Map<string, PetitionRequest>;
}

/** What planning one case gives: the plan and, for a repeat, its link to the case before. */
export interface PlannedCase {
  readonly plan: CasePlan;
  readonly link: PlannedLink | null;
}

/** Plans one case: its registration, its acts within the period, its documents, its repeat link. */
export function planCase(
  random: Random,
  seed: CaseSeed,
  caseId: string,
  context: PlanContext,
): PlannedCase {
  const { staff } = context;
  const previous = seed.chainKey ? context.chains.get(seed.chainKey) : undefined;
  const registerKey = `${caseId}-register`;
  const clerk = staff.clerk(seed.officeId);
  const { registration, request, petitioners } = planRegistration(
    random,
    seed,
    previous,
    context.firstRequests,
  );
  const timeline = planActs(random, seed, caseId, staff, previous);
  const documents = planDocuments(random, seed, caseId, {
    staff,
    unitName: context.unitName,
    title: registration.title,
    request,
    petitioners,
    timeline,
  });

  // A repeat at the same office is linked to the case before it, both ways (关联).
  let link: PlannedLink | null = null;
  if (previous && previous.officeId === seed.officeId) {
    const at = minutesAfter(seed.registeredAt, random.int(15, 45));
    link = {
      actor: clerk,
      at,
      from: { caseId, basis: registerKey },
      to: { caseId: previous.caseId, basis: basisAt(previous.registerKey, previous.acts, at) },
    };
  }
  if (seed.chainKey) {
    context.chains.set(seed.chainKey, {
      caseId,
      officeId: seed.officeId,
      registeredAt: seed.registeredAt,
      registerKey,
      request,
      phone: petitioners[0]?.phone,
      gaveId: petitioners[0]?.idNumber !== undefined,
      acts: timeline.acts,
      endedAt: timeline.endedAt,
      terminatedAt: timeline.terminatedAt,
    });
  }

  const { matter } = seed;
  const plan: CasePlan = {
    caseId,
    clerk,
    registration,
    registerKey,
    acts: timeline.acts,
    ...documents,
    instructions: timeline.instructions,
    remarks: timeline.remarks,
    traits: {
      category: matter.kind.category,
      channel: seed.channel,
      key: isKeyCategory(matter.kind.category),
      transferred: timeline.transferred,
      assigned: timeline.assigned,
      extended: timeline.extended,
      reviewRequested: timeline.reviewRequested,
      reexamRequested: timeline.reexamRequested,
      groupVisit: seed.group !== null,
      representatives: petitioners.filter((p) => p.role === 'representative').length,
      annotated: documents.annotations.length > 0,
      accusedRoutingAttempt: timeline.accusedRoutingAttempt,
      personKey: seed.chainKey || seed.role === 'otherMatter' ? (seed.person?.key ?? null) : null,
      matterKey: matter.key,
      repeatOf: previous?.caseId ?? null,
      samePersonOtherMatter: seed.role === 'otherMatter',
      sameMatterOtherPerson: seed.role === 'cluster',
      holidayDeadline: seed.holiday,
    },
  };
  return { plan, link };
}
