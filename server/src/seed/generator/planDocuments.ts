import {
  channelLabels,
  type Petitioner,
  type PetitionRequest,
  type Section,
  shanghaiDate,
} from '@lianban/case-model';
import { annotationBodies, annotationReplies, countersignOpinion } from './noteTexts.ts';
import { later, minutesAfter, periodEndMs } from './period.ts';
import type { PlannedTimeline } from './planActs.ts';
import { addresseeOf } from './planRegistration.ts';
import type { CasePlan, PlannedAnnotation, PlannedCountersign, PlannedEntry } from './planTypes.ts';
import { superiorOf, unitCodeOf } from './province.ts';
import type { Random } from './random.ts';
import {
  factsSection,
  minutesSection,
  opinionSection,
  replySection,
  type SectionContext,
} from './sectionTexts.ts';
import type { Staff } from './staff.ts';
import type { CaseSeed } from './structure.ts';

/** What the case's documents hold besides its registration. */
export interface PlannedDocuments {
  readonly sections: CasePlan['sections'];
  readonly annotations: readonly PlannedAnnotation[];
  readonly countersigns: readonly PlannedCountersign[];
}

const within = (at: string): boolean => Date.parse(at) <= periodEndMs;
const nameOf = (displayName: string) => displayName.replace(/^\S+\s/, '');

/**
 * The texts a case has gathered by the end of the period: 事实与调查 once the lead unit has
 * investigated (with its conclusion once it has replied), 处理意见 and 答复意见书 with the reply,
 * 会议纪要 of the joint-handling meeting, a supervisor's annotation on a sentence of one section
 * (with the handler's answer), and the co-handling units' countersign opinions (signed before
 * the reply, or still drafts).
 */
export function planDocuments(
  random: Random,
  seed: CaseSeed,
  caseId: string,
  input: {
    readonly staff: Staff;
    readonly unitName: (unitId: string) => string;
    readonly title: string;
    readonly request: PetitionRequest;
    readonly petitioners: readonly Petitioner[];
    readonly timeline: PlannedTimeline;
  },
): PlannedDocuments {
  const { staff, unitName, request, timeline } = input;
  const { matter } = seed;
  const lead = seed.lead;
  const handler = staff.handler(lead);
  const { acceptedAt, handlingFrom, repliedAt, outcome } = timeline;
  const context: SectionContext = {
    kind: matter.kind,
    slots: matter.slots,
    title: input.title,
    addressee: addresseeOf(seed, input.petitioners),
    factsText: request.facts,
    demandText: request.demand,
    registeredOn: shanghaiDate(seed.registeredAt),
    channelLabel: channelLabels[seed.channel].zh,
    leadUnitName: unitName(lead),
    handlerName: nameOf(staff.displayName(handler)),
    headName: nameOf(staff.displayName(staff.head(lead))),
    coUnitNames: seed.co.map(unitName),
    townshipName: seed.co.includes(matter.township.unitId)
      ? unitName(matter.township.unitId)
      : null,
    reviewUnitName: unitName(superiorOf(lead) ?? '') || '云岭省人民政府',
  };
  const beforeReply = (at: string) => within(at) && (repliedAt === undefined || at < repliedAt);

  const sections: CasePlan['sections'] = {};
  let investigatedAt: string | undefined;
  if (acceptedAt) {
    const investigated = later(random, handlingFrom ?? acceptedAt, 2, 12);
    if (beforeReply(investigated)) {
      investigatedAt = investigated;
      sections.facts = factsSection(context, shanghaiDate(investigated), outcome);
    }
    const held = later(random, acceptedAt, 5, 20);
    if (seed.co.length > 0 && beforeReply(held)) {
      sections.minutes = minutesSection(random, context, shanghaiDate(held), outcome);
    }
  }
  if (repliedAt && outcome) {
    sections.opinion = opinionSection(context, outcome);
    sections.reply = replySection(context, outcome, shanghaiDate(repliedAt));
  }

  const annotations: PlannedAnnotation[] = [];
  if (seed.flags.annotated) {
    const section: Section = sections.reply
      ? random.pick(['opinion', 'reply', 'facts'] as const)
      : sections.facts
        ? 'facts'
        : 'request';
    const text =
      section === 'request'
        ? `诉求：${request.demand}；事实：${request.facts}；理由：${request.reason}`
        : (sections[section] ?? '');
    const quote = quoteOf(random, text);
    const createdAt =
      section === 'request'
        ? later(random, seed.registeredAt, 1, 8)
        : section === 'facts' && investigatedAt
          ? later(random, investigatedAt, 1, 5)
          : minutesAfter(repliedAt ?? seed.registeredAt, -random.int(60, 600));
    if (quote && within(createdAt)) {
      const replies: PlannedEntry[] = [];
      const answeredAt = later(random, createdAt, 1, 3);
      if (random.chance(0.5) && within(answeredAt)) {
        replies.push({
          id: `${caseId}-note-reply`,
          author: acceptedAt ? handler : staff.clerk(seed.officeId),
          createdAt: answeredAt,
          body: random.pick(annotationReplies),
        });
      }
      const resolvedAt = later(random, answeredAt, 1, 4);
      const resolved = replies.length > 0 && random.chance(0.6) && within(resolvedAt);
      annotations.push({
        id: `${caseId}-note`,
        author: timeline.supervisor,
        createdAt,
        section,
        quote,
        body: random.pick(annotationBodies[section]),
        replies,
        ...(resolved ? { resolvedAt } : {}),
      });
    }
  }

  const countersigns: PlannedCountersign[] = [];
  if (acceptedAt) {
    for (const unitId of seed.co) {
      const higher = unitId === seed.reviewUnit || unitId === seed.reexamUnit;
      const code = /-t\d+$/.test(unitId) ? 'township' : unitCodeOf(unitId);
      const text = countersignOpinion(code, higher);
      if (repliedAt) {
        const signedAt = minutesAfter(repliedAt, -random.int(120, 2880));
        countersigns.push(
          signedAt > acceptedAt
            ? { unitId, text, signer: staff.handler(unitId), signedAt }
            : { unitId, text },
        );
      } else if (random.chance(0.25)) {
        countersigns.push({ unitId, text });
      }
    }
  }
  return { sections, annotations, countersigns };
}

/** A sentence (or clause) of a text to anchor an annotation on. */
function quoteOf(random: Random, text: string): string | null {
  const parts = text
    .split(/[。\n；]/)
    .map((part) => part.trim())
    .filter((part) => part.length >= 8 && part.length <= 90);
  return parts.length > 0 ? random.pick(parts) : null;
}
