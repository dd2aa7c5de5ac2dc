import type * as Y from 'yjs';
import type { Category } from '../enums/category.ts';
import type { Channel } from '../enums/channel.ts';
import type { MatterClass } from '../enums/matterClass.ts';
import type { AccusedParty, Petitioner, PetitionRequest } from './registration.ts';
import { updateRegistration } from './updateRegistration.ts';

/** Sets the case title. */
export function setTitle(doc: Y.Doc, title: string): void {
  updateRegistration(doc, { title });
}

/** Sets the channel and whether a visit came to the joint-reception desk. */
export function setChannel(doc: Y.Doc, channel: Channel, jointDesk: boolean): void {
  updateRegistration(doc, { channel, jointDesk });
}

/** Sets the matter class (建议意见, 检举控告, …). */
export function setMatterClass(doc: Y.Doc, matterClass: MatterClass): void {
  updateRegistration(doc, { matterClass });
}

/** Sets the category; the second-level code goes with it and is cleared when not given. */
export function setCategory(doc: Y.Doc, category: Category, subcategory?: string): void {
  updateRegistration(doc, { category, subcategory });
}

/** Sets the six-digit division code where the matter arose. */
export function setDivisionCode(doc: Y.Doc, divisionCode: string): void {
  updateRegistration(doc, { divisionCode });
}

/** Marks the petition anonymous or not. */
export function setAnonymous(doc: Y.Doc, anonymous: boolean): void {
  updateRegistration(doc, { anonymous });
}

/** Marks a group visit; the group size goes with it and is cleared when not given. */
export function setGroupVisit(doc: Y.Doc, groupVisit: boolean, groupSize?: number): void {
  updateRegistration(doc, { groupVisit, groupSize });
}

/** Replaces the list of petitioners (the whole list is one last-writer-wins value). */
export function setPetitioners(doc: Y.Doc, petitioners: readonly Petitioner[]): void {
  updateRegistration(doc, { petitioners });
}

/** Replaces the list of requests; the `request` section is not rewritten. */
export function setRequests(doc: Y.Doc, requests: readonly PetitionRequest[]): void {
  updateRegistration(doc, { requests });
}

/** Replaces the list of accused parties. */
export function setAccused(doc: Y.Doc, accused: readonly AccusedParty[]): void {
  updateRegistration(doc, { accused });
}
