import type { Label } from '../enums/label.ts';

/** Why a case is closed (办结) without a further statutory step (domain.md §5). */
export const closeGrounds = ['mediated', 'noReviewRequested', 'noReexamRequested'] as const;

/** One ground for closing: mediation in any open state, or a request window that ran out. */
export type CloseGround = (typeof closeGrounds)[number];

/** The name of each ground in both interface languages. */
export const closeGroundLabels: Readonly<Record<CloseGround, Label>> = {
  mediated: { zh: '调解化解', en: 'Resolved by mediation' },
  noReviewRequested: { zh: '期满未申请复查', en: 'No review requested within the time limit' },
  noReexamRequested: {
    zh: '期满未申请复核',
    en: 'No re-examination requested within the time limit',
  },
};
