import type { Label } from './label.ts';

/** How a written reply disposes of the matter (R2005 Art 32, plus mediation and withdrawal). */
export const outcomes = [
  'supported',
  'explained',
  'notSupported',
  'mediated',
  'withdrawn',
] as const;
export type Outcome = (typeof outcomes)[number];

export const outcomeLabels: Record<Outcome, Label> = {
  supported: { zh: '支持', en: 'Supported' },
  explained: { zh: '解释', en: 'Explained' },
  notSupported: { zh: '不予支持', en: 'Not supported' },
  mediated: { zh: '调解', en: 'Mediated' },
  withdrawn: { zh: '撤回', en: 'Withdrawn' },
};
