import type { Label } from '../enums/label.ts';

/** Bodies a petitioner is told to go to when the matter is theirs (告知, R2005 Art 21 (1)). */
export const referralBodies = ['peoplesCongress', 'court', 'procuratorate'] as const;

/** One body outside the administrative petition system. */
export type ReferralBody = (typeof referralBodies)[number];

/** The name of each body in both interface languages. */
export const referralBodyLabels: Readonly<Record<ReferralBody, Label>> = {
  peoplesCongress: {
    zh: '人民代表大会及其常务委员会',
    en: "People's congress and its standing committee",
  },
  court: { zh: '人民法院', en: "People's court" },
  procuratorate: { zh: '人民检察院', en: "People's procuratorate" },
};
