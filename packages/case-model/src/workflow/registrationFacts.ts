import type { Registration } from '../caseFile/registration.ts';
import type { Category } from '../enums/category.ts';
import type { Channel } from '../enums/channel.ts';
import type { MatterClass } from '../enums/matterClass.ts';

/**
 * What the workflow needs to know of a registration. No petitioner's personal data: the event
 * log is mirrored to everyone entitled to the case, the personal fields stay in the case file.
 */
export interface RegistrationFacts {
  /** The petition office that registered the case and routes it. */
  readonly registeringUnitId: string;
  readonly channel: Channel;
  readonly matterClass: MatterClass;
  readonly category: Category;
  readonly divisionCode: string;
  readonly anonymous: boolean;
  readonly jointDesk: boolean;
  /** Units the petition accuses, directly or through an accused person; never routed to. */
  readonly accusedUnitIds: readonly string[];
  /** A group visit (集体访): its size and its number of elected representatives. */
  readonly groupVisit: { readonly size: number; readonly representatives: number } | null;
}

/** Extracts the workflow's facts from a registration, for the `register` command. */
export function registrationFacts(registration: Registration): RegistrationFacts {
  const accused = new Set<string>();
  for (const party of registration.accused) {
    if (party.unitId !== undefined) accused.add(party.unitId);
  }
  const representatives = registration.petitioners.filter(
    (petitioner) => petitioner.role === 'representative',
  ).length;
  return {
    registeringUnitId: registration.registeringUnitId,
    channel: registration.channel,
    matterClass: registration.matterClass,
    category: registration.category,
    divisionCode: registration.divisionCode,
    anonymous: registration.anonymous,
    jointDesk: registration.jointDesk,
    accusedUnitIds: [...accused].sort(),
    groupVisit: registration.groupVisit
      ? { size: registration.groupSize ?? registration.petitioners.length, representatives }
      : null,
  };
}
