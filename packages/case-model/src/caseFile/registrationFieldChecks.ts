import { categories } from '../enums/category.ts';
import { channels } from '../enums/channel.ts';
import { matterClasses } from '../enums/matterClass.ts';
import { isIsoInstant } from '../schema/isoInstant.ts';
import type { Registration } from './registration.ts';

type Check = (value: unknown) => boolean;

const petitionerRoles = ['principal', 'cosigner', 'representative', 'agent'];

const isString: Check = (value) => typeof value === 'string';
const isId: Check = (value) => typeof value === 'string' && value.length > 0;
const isBoolean: Check = (value) => typeof value === 'boolean';
const isOptionalString: Check = (value) => value === undefined || typeof value === 'string';
const oneOf =
  (allowed: readonly string[]): Check =>
  (value) =>
    typeof value === 'string' && allowed.includes(value);
const listOf =
  (check: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(check);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isPetitioner: Check = (value) =>
  isRecord(value) &&
  isId(value.id) &&
  isString(value.name) &&
  oneOf(petitionerRoles)(value.role) &&
  [value.idNumber, value.phone, value.address, value.representsId].every(isOptionalString);

const isPetitionRequest: Check = (value) =>
  isRecord(value) && isString(value.demand) && isString(value.facts) && isString(value.reason);

const isAccusedParty: Check = (value) =>
  isRecord(value) &&
  isString(value.name) &&
  ((value.kind === 'unit' && isId(value.unitId)) ||
    (value.kind === 'person' && isOptionalString(value.userId) && isOptionalString(value.unitId)));

/**
 * The shape check of every registration field, used on what is written and on what is read
 * back (a document may hold anything a writer sent).
 */
export const registrationFieldChecks: { readonly [K in keyof Registration]-?: Check } = {
  title: isString,
  channel: oneOf(channels),
  jointDesk: isBoolean,
  matterClass: oneOf(matterClasses),
  category: oneOf(categories),
  subcategory: isString,
  divisionCode: (value) => typeof value === 'string' && /^\d{6}$/.test(value),
  anonymous: isBoolean,
  petitioners: listOf(isPetitioner),
  requests: listOf(isPetitionRequest),
  accused: listOf(isAccusedParty),
  groupVisit: isBoolean,
  groupSize: (value) => typeof value === 'number' && Number.isSafeInteger(value) && value > 0,
  registeredAt: isIsoInstant,
  registeringUnitId: isId,
};

/** Every registration field, in a stable order. */
export const registrationFields = Object.keys(registrationFieldChecks) as (keyof Registration)[];

/** The fields a registration may leave out. */
export const optionalRegistrationFields: ReadonlySet<keyof Registration> = new Set([
  'subcategory',
  'groupSize',
]);
