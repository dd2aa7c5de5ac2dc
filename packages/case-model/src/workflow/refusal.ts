import type { Label } from '../enums/label.ts';

/** The stable codes of a refused act or a conflicting event. */
export const refusalCodes = [
  'wrong-state',
  'wrong-role',
  'wrong-unit',
  'window-closed',
  'window-open',
  'second-extension',
  'extension-too-long',
  'accused-unit',
  'conflict',
  'invalid-payload',
  'invalid-time',
  'time-order',
  'duplicate-key',
  'not-found',
  'already-done',
  'unknown-act',
] as const;

/** One stable refusal code; the reason text may change, the code does not. */
export type RefusalCode = (typeof refusalCodes)[number];

/** Why an act is refused, in both languages; `conflictsWith` names the event that stands in its way. */
export interface Refusal {
  readonly code: RefusalCode;
  readonly reason: Label;
  readonly conflictsWith?: string;
}
