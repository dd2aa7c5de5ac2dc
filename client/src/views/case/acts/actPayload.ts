import { resolveUnit } from '../../../units/unitDirectory.ts';
import type { ActField } from './actFields.ts';

/** The typed values of an act's form, by field name. */
export type ActValues = Readonly<Record<string, string>>;

/**
 * Builds an act's payload from its form: unit lists split on commas or spaces, days as a whole
 * number, check boxes as booleans ('true'), texts trimmed; an empty optional field that has no
 * default in the payload shape (`legalRoute`, `orderId`) is left out, optional notes send ''.
 */
export function actPayload(
  fields: readonly ActField[],
  values: ActValues,
): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const field of fields) {
    const raw = (values[field.name] ?? '').trim();
    switch (field.kind) {
      case 'units':
        // Ids or directory names, separated by commas, 、 or spaces.
        payload[field.name] = raw
          .split(/[\s,，、]+/)
          .filter((unit) => unit !== '')
          .map((unit) => resolveUnit(unit) ?? unit);
        break;
      case 'days':
        payload[field.name] = Number.parseInt(raw, 10);
        break;
      case 'checkbox':
        payload[field.name] = raw === 'true';
        break;
      default:
        if (raw !== '' || field.name === 'note') payload[field.name] = raw;
    }
  }
  return payload;
}
