import { adminLevels, caseStatuses, categories, channels } from '@lianban/case-model';
import { z } from 'zod';
import type { CaseQuery } from './caseIndexEntry.ts';

const single = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .array(z.string())
    .max(1, 'give this parameter once')
    .optional()
    .transform((values) => values?.[0])
    .pipe(schema.optional());
const several = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .array(z.string())
    .optional()
    .transform((values) =>
      (values ?? []).flatMap((value) => value.split(',')).filter((value) => value),
    )
    .pipe(z.array(schema).max(20));
const flag = single(
  z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1'),
);
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/)
    .transform(Number)
    .pipe(z.number().min(min).max(max));
const sortFields = ['registeredAt', 'dueDate', 'state', 'relevance'] as const;

/**
 * The query string of `GET /api/cases` (each parameter as the list of its values), checked and
 * turned into a `CaseQuery`. Lists take repeated parameters or commas (`state=A,B`); `sort` is
 * `field` or `field:asc|desc`. Unknown parameters are refused, so that a typo is not ignored.
 */
export const caseListParams = z
  .strictObject({
    state: several(z.enum(caseStatuses)),
    unitId: single(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)),
    category: several(z.enum(categories)),
    channel: several(z.enum(channels)),
    level: single(z.enum(adminLevels)),
    division: single(z.string().regex(/^\d{1,12}$/)),
    overdue: flag,
    dueWithinDays: single(wholeNumber(0, 366)),
    repeatLinked: flag,
    joint: flag,
    q: single(z.string().trim().min(1).max(100)),
    sort: single(
      z
        .string()
        .regex(new RegExp(`^(${sortFields.join('|')})(:(asc|desc))?$`))
        .transform((value) => value.split(':') as [(typeof sortFields)[number], ('asc' | 'desc')?]),
    ),
    limit: single(wholeNumber(1, 100)),
    cursor: single(z.string().regex(/^[A-Za-z0-9_-]{1,1024}$/)),
  })
  .transform((params): CaseQuery => {
    const { sort, state, category, channel, ...rest } = params;
    const defined = Object.fromEntries(
      Object.entries(rest).filter(([, value]) => value !== undefined),
    );
    return {
      ...defined,
      ...(state?.length ? { states: state } : {}),
      ...(category?.length ? { categories: category } : {}),
      ...(channel?.length ? { channels: channel } : {}),
      ...(sort ? { sort: sort[0] } : {}),
      ...(sort?.[1] ? { direction: sort[1] } : {}),
    };
  });
