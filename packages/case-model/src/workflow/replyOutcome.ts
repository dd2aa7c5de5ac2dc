import type { Outcome } from '../enums/outcome.ts';

/** The outcomes a written reply or a review decision may state (R2005 Art 32). */
export type ReplyOutcome = Extract<Outcome, 'supported' | 'explained' | 'notSupported'>;

/** The reply outcomes, for validation and pickers; labels are `outcomeLabels`. */
export const replyOutcomes: readonly ReplyOutcome[] = ['supported', 'explained', 'notSupported'];
