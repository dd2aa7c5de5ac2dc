import type { PetitionRequest, RefusalCode, Registration, Section } from '@lianban/case-model';
import type { CommandInput } from '../../workflow/commandInput.ts';

/** One workflow act of a generated case: who does it, and the command as a client sends it. */
export interface PlannedAct {
  /** Username of the acting account. */
  readonly actor: string;
  /** The command, with its idempotency key (which becomes the event id) and instant. */
  readonly input: CommandInput & { readonly at: string };
  /** The act is expected to be refused with this code (an attempt to route to an accused unit). */
  readonly refusedWith?: RefusalCode;
}

/** An annotation thread a supervisor opens on a range of a section, with replies. */
export interface PlannedAnnotation {
  readonly id: string;
  readonly author: string;
  readonly createdAt: string;
  readonly section: Section;
  /** The text of the section the anchor covers (found in the section when it is written). */
  readonly quote: string;
  readonly body: string;
  readonly replies: readonly PlannedEntry[];
  /** Resolved by its author at this instant. */
  readonly resolvedAt?: string;
}

/** A dated text by one account: a reply, a leader's instruction, a supervisor's remark. */
export interface PlannedEntry {
  readonly id: string;
  readonly author: string;
  readonly createdAt: string;
  readonly body: string;
}

/** A co-handling unit's countersign opinion (会签意见), signed or still a draft. */
export interface PlannedCountersign {
  readonly unitId: string;
  readonly text: string;
  readonly signer?: string;
  readonly signedAt?: string;
}

/** What a generated case was meant to show, for statistics and tests. */
export interface CaseTraits {
  readonly category: string;
  readonly channel: string;
  readonly key: boolean;
  /** Routed by 转送 at least once. */
  readonly transferred: boolean;
  readonly assigned: boolean;
  readonly extended: boolean;
  readonly reviewRequested: boolean;
  readonly reexamRequested: boolean;
  readonly groupVisit: boolean;
  readonly representatives: number;
  readonly annotated: boolean;
  /** The petition office first tried to route to a unit the petition accuses (refused). */
  readonly accusedRoutingAttempt: boolean;
  /** The person of a repeat chain (同人), shared by all their cases. */
  readonly personKey: string | null;
  /** The matter (同事), shared by a repeat chain and by a cluster of different people. */
  readonly matterKey: string;
  /** This case repeats an earlier one of the same person and matter. */
  readonly repeatOf: string | null;
  /** Same person, different matter: not a repeat. */
  readonly samePersonOtherMatter: boolean;
  /** Same matter, different people (a cluster): not a repeat. */
  readonly sameMatterOtherPerson: boolean;
  /** A route clock whose last day was moved off a public holiday. */
  readonly holidayDeadline: boolean;
}

/** Everything the generator does to one case, in time order. */
export interface CasePlan {
  readonly caseId: string;
  /** Username of the clerk who registers it. */
  readonly clerk: string;
  readonly registration: Registration;
  readonly registerKey: string;
  readonly acts: readonly PlannedAct[];
  readonly sections: Partial<Record<Exclude<Section, 'request'>, string>>;
  readonly annotations: readonly PlannedAnnotation[];
  readonly instructions: readonly PlannedEntry[];
  readonly remarks: readonly PlannedEntry[];
  readonly countersigns: readonly PlannedCountersign[];
  readonly traits: CaseTraits;
}

/** A repeat link (关联重复件), made on both cases once both exist. */
export interface PlannedLink {
  readonly actor: string;
  readonly at: string;
  readonly from: { readonly caseId: string; readonly basis: string };
  readonly to: { readonly caseId: string; readonly basis: string };
}

/** What a later case of the same person and matter needs to know of the one before. */
export interface ChainState {
  readonly caseId: string;
  readonly officeId: string;
  readonly registeredAt: string;
  readonly registerKey: string;
  readonly request: PetitionRequest;
  /** The phone the petitioner gave last time, and whether they gave their ID number. */
  readonly phone: string | undefined;
  readonly gaveId: boolean;
  readonly acts: readonly PlannedAct[];
  /** When the case reached a final state (closed, withdrawn, terminated, not accepted). */
  readonly endedAt: string | null;
  readonly terminatedAt: string | null;
}
