import type { Label } from '../enums/label.ts';

/** The co-edited sections of a case file, in reading order; each is a Y.XmlFragment of that name. */
export const sections = ['request', 'facts', 'opinion', 'reply', 'minutes'] as const;

/** One co-edited section of a case file. */
export type Section = (typeof sections)[number];

/** Display names of the sections. */
export const sectionLabels: Record<Section, Label> = {
  request: { zh: '诉求', en: 'Requests' },
  facts: { zh: '事实与调查', en: 'Facts and investigation' },
  opinion: { zh: '处理意见', en: 'Handling opinion' },
  reply: { zh: '答复意见书', en: 'Reply' },
  minutes: { zh: '会议纪要', en: 'Conference minutes' },
};

/** Whether a value names a section (for data read from a document or a request). */
export function isSection(value: unknown): value is Section {
  return typeof value === 'string' && (sections as readonly string[]).includes(value);
}
