import type { Label } from '@lianban/case-model';
import type { WorkflowRefusal } from './caseServiceDeps.ts';
import { refusal } from './caseServiceDeps.ts';

/** How far ahead of the server's clock a device's instant may be before it is refused. */
export const maxClockSkewMs = 5 * 60_000;

/** Refusals the server adds to decide's, in the same form and with the same stable codes. */
export const serverRefusals = {
  duplicateKey: (eventId: string): WorkflowRefusal =>
    refusal(
      'duplicate-key',
      {
        zh: '同一幂等键已用于另一个不同的行为',
        en: 'The same idempotency key was already used for a different act',
      },
      { conflictsWith: eventId },
    ),
  futureTime: (at: string): WorkflowRefusal =>
    refusal('invalid-time', {
      zh: `行为时间「${at}」晚于服务器时间，请检查设备时钟`,
      en: `"${at}" is later than the server's time; check the device clock`,
    }),
  unknownUnit: (unitId: string): WorkflowRefusal =>
    refusal('invalid-payload', {
      zh: `单位「${unitId}」不存在`,
      en: `There is no unit "${unitId}"`,
    }),
  unknownAccusedPerson: (userId: string): WorkflowRefusal =>
    refusal('invalid-payload', {
      zh: `被反映人的用户编号「${userId}」不存在`,
      en: `The accused person's user id "${userId}" names no account`,
    }),
  accusedPersonElsewhere: (userId: string, unitId: string): WorkflowRefusal =>
    refusal('invalid-payload', {
      zh: `用户「${userId}」不是单位「${unitId}」的人员`,
      en: `User "${userId}" does not work in unit "${unitId}"`,
    }),
  invalidRegistration: (reason: Label): WorkflowRefusal => refusal('invalid-payload', reason),
  reviewRequestOnly: (): WorkflowRefusal =>
    refusal('wrong-unit', {
      zh: '您所在单位在此案只能登记复查或复核申请',
      en: 'Your unit may only record a review or re-examination request on this case',
    }),
};

/** The unit ids a command payload names (routing, requests, orders, proposals). */
export function namedUnitIds(payload: unknown): string[] {
  if (typeof payload !== 'object' || payload === null) return [];
  const fields = payload as Record<string, unknown>;
  const ids: unknown[] = [fields.leadUnitId, fields.unitId, fields.addressedUnitId];
  if (Array.isArray(fields.coUnitIds)) ids.push(...fields.coUnitIds);
  return ids.filter((id): id is string => typeof id === 'string');
}
