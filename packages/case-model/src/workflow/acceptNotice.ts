import type { Label } from '../enums/label.ts';

/** The written acceptance notice at the moment of accepting (R2005 Art 22). */
export const acceptNotices = ['served', 'pending', 'notRequired'] as const;

/** Served with the acceptance, to be served later, or not required (anonymous, address unclear). */
export type AcceptNotice = (typeof acceptNotices)[number];

/** The name of each notice situation in both interface languages. */
export const acceptNoticeLabels: Readonly<Record<AcceptNotice, Label>> = {
  served: { zh: '已书面告知', en: 'Notice served' },
  pending: { zh: '待书面告知', en: 'Notice to be served' },
  notRequired: { zh: '无需告知（姓名或地址不清）', en: 'No notice (name or address unclear)' },
};
