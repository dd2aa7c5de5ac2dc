import type { Category } from '../enums/category.ts';
import type { Channel } from '../enums/channel.ts';
import type { MatterClass } from '../enums/matterClass.ts';

/** How a person stands in a petition: the one who raises it, a co-signer, an elected representative or an agent. */
export type PetitionerRole = 'principal' | 'cosigner' | 'representative' | 'agent';

/** A person who petitions. Personal fields are optional only for anonymous accusations. */
export interface Petitioner {
  readonly id: string;
  readonly name: string;
  readonly role: PetitionerRole;
  /** Resident ID number; masked outside the handling units. */
  readonly idNumber?: string;
  readonly phone?: string;
  readonly address?: string;
  /** For an agent: the id of the petitioner represented. */
  readonly representsId?: string;
}

/** One request of a petition: what is asked, the facts given and the reason. */
export interface PetitionRequest {
  readonly demand: string;
  readonly facts: string;
  readonly reason: string;
}

/** A unit or person the petition accuses; recorded so that they never see the case (domain.md §7). */
export type AccusedParty =
  | { readonly kind: 'unit'; readonly unitId: string; readonly name: string }
  | {
      readonly kind: 'person';
      readonly name: string;
      readonly userId?: string;
      readonly unitId?: string;
    };

/** The data captured when a petition is registered (登记). */
export interface Registration {
  readonly title: string;
  readonly channel: Channel;
  /** A visit received at the joint-reception desk (联合接访). */
  readonly jointDesk: boolean;
  readonly matterClass: MatterClass;
  readonly category: Category;
  /** Second-level category code, configurable per locality. */
  readonly subcategory?: string;
  /** Administrative division code (6 digits) where the matter arose. */
  readonly divisionCode: string;
  readonly anonymous: boolean;
  readonly petitioners: readonly Petitioner[];
  readonly requests: readonly PetitionRequest[];
  readonly accused: readonly AccusedParty[];
  /** A group visit (集体访); representatives are the petitioners with role `representative`. */
  readonly groupVisit: boolean;
  /** Number of people in a group visit. */
  readonly groupSize?: number;
  /** ISO instant of registration, given by the caller (case-model reads no clock). */
  readonly registeredAt: string;
  /** The unit of the petition office that registered it. */
  readonly registeringUnitId: string;
}
