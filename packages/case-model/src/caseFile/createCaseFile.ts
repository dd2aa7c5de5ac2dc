import type * as Y from 'yjs';
import { toPlainJson } from '../schema/plainJson.ts';
import { CURRENT_SCHEMA_VERSION, writeSchemaVersion } from '../schema/schemaVersion.ts';
import { appendFragmentParagraph } from './appendFragmentParagraph.ts';
import type { PetitionRequest, Registration } from './registration.ts';
import {
  optionalRegistrationFields,
  registrationFieldChecks,
  registrationFields,
} from './registrationFieldChecks.ts';
import { hasCaseFile, registrationMap } from './registrationMap.ts';
import { sectionFragment } from './sectionFragment.ts';

/**
 * Creates the `file` document of a newly registered case: writes the registration, seeds the
 * `request` section with one paragraph per request and stamps the schema version, in one
 * transaction. Run it once, where the case is registered; the other replicas receive it by
 * sync (two replicas creating the same case would each seed the requests).
 */
export function createCaseFile(doc: Y.Doc, registration: Registration): void {
  if (hasCaseFile(doc)) throw new Error('the case file has already been created');
  for (const field of registrationFields) {
    const value = registration[field];
    if (value === undefined && optionalRegistrationFields.has(field)) continue;
    if (!registrationFieldChecks[field](value)) {
      throw new TypeError(`invalid value for registration field "${field}"`);
    }
  }
  doc.transact(() => {
    const map = registrationMap(doc);
    for (const field of registrationFields) {
      const value = registration[field];
      if (value === undefined) continue;
      map.set(field, typeof value === 'object' ? toPlainJson(value) : value);
    }
    const request = sectionFragment(doc, 'request');
    for (const item of registration.requests) appendFragmentParagraph(request, requestLine(item));
    writeSchemaVersion(doc, CURRENT_SCHEMA_VERSION);
  });
}

/** One request as a line of the `request` section, e.g. `诉求：…；事实：…；理由：…`. */
export function requestLine(request: PetitionRequest): string {
  const parts: [string, string][] = [
    ['诉求', request.demand],
    ['事实', request.facts],
    ['理由', request.reason],
  ];
  return parts
    .map(([label, text]) => [label, text.replace(/\s*\n\s*/g, ' ').trim()] as const)
    .filter(([, text]) => text !== '')
    .map(([label, text]) => `${label}：${text}`)
    .join('；');
}
