import { categories, channels, matterClasses } from '@lianban/case-model';
import { z } from 'zod';

/** Idempotency keys: chosen by the client (a UUID, say), unique per intended act. */
export const idempotencyKey = z
  .string()
  .regex(/^[A-Za-z0-9_.:@+-]{1,128}$/, 'letters, digits and _ . : @ + - only, at most 128');

const petitioner = z
  .object({
    id: z.string().min(1).max(64),
    name: z.string().max(100),
    role: z.enum(['principal', 'cosigner', 'representative', 'agent']),
    idNumber: z.string().max(32).optional(),
    phone: z.string().max(32).optional(),
    address: z.string().max(300).optional(),
    representsId: z.string().max(64).optional(),
  })
  .strict();

const request = z
  .object({
    demand: z.string().max(5_000),
    facts: z.string().max(20_000),
    reason: z.string().max(5_000),
  })
  .strict();

const accused = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('unit'),
      unitId: z.string().min(1).max(64),
      name: z.string().max(200),
    })
    .strict(),
  z
    .object({
      kind: z.literal('person'),
      name: z.string().max(100),
      userId: z.string().min(1).max(64).optional(),
      unitId: z.string().min(1).max(64).optional(),
    })
    .strict(),
]);

/** What repeat detection compares (domain.md §8): people, accused, category, place, requests. */
const matterShape = {
  anonymous: z.boolean(),
  petitioners: z.array(petitioner).max(500),
  requests: z.array(request).max(50),
  accused: z.array(accused).max(50),
  category: z.enum(categories),
  divisionCode: z.string().regex(/^\d{6}$/, 'a 6-digit division code'),
};

/**
 * A registration (登记) as a clerk sends it, built from case-model's enums. `registeredAt` and
 * `registeringUnitId` default to the server's time and the clerk's unit.
 */
export const registrationSchema = z
  .object({
    ...matterShape,
    title: z.string().min(1).max(200),
    channel: z.enum(channels),
    jointDesk: z.boolean(),
    matterClass: z.enum(matterClasses),
    subcategory: z.string().max(64).optional(),
    groupVisit: z.boolean(),
    groupSize: z.number().int().positive().max(100_000).optional(),
    registeredAt: z.iso.datetime({ offset: true }).optional(),
    registeringUnitId: z.string().min(1).max(64).optional(),
  })
  .strict();

/** `POST /api/cases`. */
export const registerBody = z.object({ idempotencyKey, registration: registrationSchema }).strict();

/** `POST /api/cases/repeat-candidates`: a draft of the form; fields repeat detection ignores are dropped. */
export const repeatDraftBody = z.object({ registration: z.object(matterShape) });
