import type * as Y from 'yjs';
import { toPlainJson } from '../schema/plainJson.ts';
import type { Registration } from './registration.ts';
import { optionalRegistrationFields, registrationFieldChecks } from './registrationFieldChecks.ts';
import { hasCaseFile, registrationMap } from './registrationMap.ts';

/** The registration fields that may be corrected after registration (not when or by whom). */
export type EditableRegistration = Omit<Registration, 'registeredAt' | 'registeringUnitId'>;

const fixedFields: ReadonlySet<string> = new Set(['registeredAt', 'registeringUnitId']);

/**
 * Writes some registration fields in one transaction; `undefined` removes an optional field.
 * Each field is its own last-writer-wins value, so two people correcting different fields
 * offline both keep their change. Checks every value first and writes nothing if one is bad.
 */
export function updateRegistration(doc: Y.Doc, patch: Partial<EditableRegistration>): void {
  if (!hasCaseFile(doc)) throw new Error('the case file has not been created');
  const entries = Object.entries(patch) as [keyof Registration, unknown][];
  for (const [field, value] of entries) {
    if (fixedFields.has(field) || !(field in registrationFieldChecks)) {
      throw new RangeError(`registration field "${field}" cannot be edited`);
    }
    const valid =
      value === undefined
        ? optionalRegistrationFields.has(field)
        : registrationFieldChecks[field](value);
    if (!valid) throw new TypeError(`invalid value for registration field "${field}"`);
  }
  const map = registrationMap(doc);
  doc.transact(() => {
    for (const [field, value] of entries) {
      if (value === undefined) {
        if (map.has(field)) map.delete(field);
      } else if (JSON.stringify(map.get(field)) !== JSON.stringify(value)) {
        map.set(field, typeof value === 'object' && value !== null ? toPlainJson(value) : value);
      }
    }
  });
}
