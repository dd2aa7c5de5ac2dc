import {
  acceptNoticeLabels,
  closeGroundLabels,
  type Label,
  notAcceptGroundLabels,
  outcomeLabels,
  referralBodyLabels,
  supervisionReasonLabels,
} from '@lianban/case-model';
import { civilDate, label, t } from '../../../i18n/i18n.ts';
import { fieldLabel } from '../acts/ActForm.tsx';

type Labels = Readonly<Record<string, Label>>;

/** The case-model label table of an enumerated payload field, by act type and field. */
function labelsOf(type: string, field: string): Labels | undefined {
  if (field === 'notice') return acceptNoticeLabels;
  if (field === 'outcome') return outcomeLabels;
  if (field === 'body') return referralBodyLabels;
  if (field === 'ground') return type === 'close' ? closeGroundLabels : notAcceptGroundLabels;
  if (field === 'reason' && type === 'supervise') return supervisionReasonLabels;
  return undefined;
}

/** Payload fields that hold unit ids (`leadUnitId`, `coUnitIds`, `unitId`, …). */
const isUnitField = (field: string) => /(^unitId|UnitIds?)$/.test(field);

function show(
  type: string,
  field: string,
  value: unknown,
  unitName: (unitId: string) => string,
): string {
  if (typeof value === 'boolean') return t(value ? 'record.yes' : 'record.no');
  if (isUnitField(field)) {
    const ids = Array.isArray(value) ? value : [value];
    return ids.map((id) => unitName(String(id))).join('、');
  }
  if (Array.isArray(value)) return value.join('、');
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return civilDate(value);
  const known = typeof value === 'string' ? labelsOf(type, field)?.[value] : undefined;
  return known ? label(known) : String(value);
}

/**
 * What an act on the record said, field by field in the interface language ("主办单位：市住建局",
 * "延长天数：15"), enumerations named by case-model's labels and units by `unitName`.
 * Registration facts and empty fields are left out.
 */
export function describeAct(
  type: string,
  payload: unknown,
  unitName: (unitId: string) => string,
): { name: string; value: string }[] {
  if (type === 'register' || typeof payload !== 'object' || payload === null) return [];
  return Object.entries(payload as Record<string, unknown>)
    .filter(([, value]) => value !== '' && value !== null && value !== undefined)
    .filter(([, value]) => !Array.isArray(value) || value.length > 0)
    .map(([field, value]) => ({
      name: fieldLabel(field),
      value: show(type, field, value, unitName),
    }));
}
