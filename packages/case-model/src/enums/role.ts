import type { Label } from './label.ts';

/** The roles a user account can hold. */
export const roles = [
  'receptionClerk',
  'handler',
  'unitHead',
  'agencyHead',
  'supervisor',
  'leader',
  'analyst',
  'admin',
] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, Label> = {
  receptionClerk: { zh: '接访员', en: 'Reception clerk' },
  handler: { zh: '承办人', en: 'Case handler' },
  unitHead: { zh: '单位负责人', en: 'Unit head' },
  agencyHead: { zh: '机关负责人', en: 'Agency head' },
  supervisor: { zh: '督查专员', en: 'Supervisor' },
  leader: { zh: '领导', en: 'Leader' },
  analyst: { zh: '分析员', en: 'Analyst' },
  admin: { zh: '系统管理员', en: 'Administrator' },
};
