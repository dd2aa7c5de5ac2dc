import type { Label } from './label.ts';

/** How a petition reached the office (domain.md §2). */
export const channels = [
  'letter',
  'visit',
  'online',
  'phone',
  'fax',
  'email',
  'leaderMailbox',
  'hotline12345',
  'referral',
] as const;
export type Channel = (typeof channels)[number];

export const channelLabels: Record<Channel, Label> = {
  letter: { zh: '来信', en: 'Letter' },
  visit: { zh: '来访', en: 'Visit' },
  online: { zh: '网上信访', en: 'Online' },
  phone: { zh: '来电', en: 'Phone' },
  fax: { zh: '传真', en: 'Fax' },
  email: { zh: '电子邮件', en: 'E-mail' },
  leaderMailbox: { zh: '领导信箱', en: 'Leader mailbox' },
  hotline12345: { zh: '12345热线转办', en: '12345 hotline referral' },
  referral: { zh: '上级转送/交办', en: 'Referral from above' },
};
