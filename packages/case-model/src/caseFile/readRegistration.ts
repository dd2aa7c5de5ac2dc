import type * as Y from 'yjs';
import { toPlainJson } from '../schema/plainJson.ts';
import type { Registration } from './registration.ts';
import {
  optionalRegistrationFields,
  registrationFieldChecks,
  registrationFields,
} from './registrationFieldChecks.ts';
import { registrationMap } from './registrationMap.ts';

/**
 * Reads the registration of a `file` document: a fresh copy the caller may keep. Throws when
 * the document was not created or a field is malformed.
 */
export function readRegistration(doc: Y.Doc): Registration {
  const map = registrationMap(doc);
  const registration: Record<string, unknown> = {};
  for (const field of registrationFields) {
    const value = map.get(field);
    if (value === undefined && optionalRegistrationFields.has(field)) continue;
    if (!registrationFieldChecks[field](value)) {
      throw new TypeError(`registration field "${field}" is missing or malformed`);
    }
    registration[field] = typeof value === 'object' && value !== null ? toPlainJson(value) : value;
  }
  return registration as unknown as Registration;
}
