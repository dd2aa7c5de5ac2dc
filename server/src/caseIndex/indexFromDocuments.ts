import { readRegistration, readSectionText } from '@lianban/case-model';
import type * as Y from 'yjs';
import type { CaseIndexEntry, PetitionerDisplay } from './caseIndexEntry.ts';

/** The fields of an index entry that come from the case file; the rest come from the record. */
export type CaseFileIndexFields = Pick<
  CaseIndexEntry,
  | 'title'
  | 'category'
  | 'channel'
  | 'matterClass'
  | 'divisionCode'
  | 'registeringUnitId'
  | 'registeredAt'
  | 'jointDesk'
  | 'groupVisit'
  | 'petitioner'
  | 'accusedUnitIds'
  | 'accusedUserIds'
  | 'requestText'
  | 'factsText'
>;

/**
 * Reads what the index needs from a case's `file` document: the registration (title,
 * classification, the principal petitioner, the accused parties) and the text of the `request`
 * and `facts` sections. Throws as `readRegistration` does when the file was not created.
 */
export function indexFromDocuments(file: Y.Doc): CaseFileIndexFields {
  const registration = readRegistration(file);
  const principal =
    registration.petitioners.find((petitioner) => petitioner.role === 'principal') ??
    registration.petitioners[0];
  const petitioner: PetitionerDisplay | null = principal
    ? {
        name: principal.name,
        idNumber: principal.idNumber ?? null,
        phone: principal.phone ?? null,
        address: principal.address ?? null,
      }
    : null;
  const accusedUnitIds = new Set<string>();
  const accusedUserIds = new Set<string>();
  for (const party of registration.accused) {
    // A person accused with their unit recuses the unit too, as the case directory does.
    if (party.unitId) accusedUnitIds.add(party.unitId);
    if (party.kind === 'person' && party.userId) accusedUserIds.add(party.userId);
  }
  return {
    title: registration.title,
    category: registration.category,
    channel: registration.channel,
    matterClass: registration.matterClass,
    divisionCode: registration.divisionCode,
    registeringUnitId: registration.registeringUnitId,
    registeredAt: registration.registeredAt,
    jointDesk: registration.jointDesk,
    groupVisit: registration.groupVisit,
    petitioner,
    accusedUnitIds: [...accusedUnitIds],
    accusedUserIds: [...accusedUserIds],
    requestText: readSectionText(file, 'request'),
    factsText: readSectionText(file, 'facts'),
  };
}
