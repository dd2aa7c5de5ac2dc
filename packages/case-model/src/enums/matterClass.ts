import type { Label } from './label.ts';

/** The nature of the matter raised (domain.md §2). */
export const matterClasses = ['suggestion', 'accusation', 'grievance', 'inquiry', 'other'] as const;
export type MatterClass = (typeof matterClasses)[number];

export const matterClassLabels: Record<MatterClass, Label> = {
  suggestion: { zh: '建议意见', en: 'Suggestion' },
  accusation: { zh: '检举控告', en: 'Accusation' },
  grievance: { zh: '申诉求决', en: 'Grievance or request' },
  inquiry: { zh: '咨询', en: 'Inquiry' },
  other: { zh: '其他', en: 'Other' },
};
