import type { Label } from './label.ts';

/** First-level subject categories; the first five are the key categories the seed names. */
export const categories = [
  'landAcquisition',
  'urbanDemolition',
  'environment',
  'enterpriseRestructuring',
  'lawAndLitigation',
  'labourSocialSecurity',
  'ruralAgriculture',
  'housingProperty',
  'education',
  'health',
  'civilAffairs',
  'veterans',
  'marketRegulation',
  'transport',
  'disciplineInspection',
  'peoplesSuggestion',
  'other',
] as const;
export type Category = (typeof categories)[number];

/** The five key categories of the 2007 opinion, first-class in routing and statistics. */
export const keyCategories: readonly Category[] = categories.slice(0, 5);

export function isKeyCategory(category: Category): boolean {
  return keyCategories.includes(category);
}

export const categoryLabels: Record<Category, Label> = {
  landAcquisition: { zh: '土地征收征用', en: 'Land acquisition' },
  urbanDemolition: { zh: '城市建设拆迁', en: 'Urban construction and demolition' },
  environment: { zh: '环境保护', en: 'Environmental protection' },
  enterpriseRestructuring: {
    zh: '企业重组改制和破产',
    en: 'Enterprise restructuring and bankruptcy',
  },
  lawAndLitigation: { zh: '涉法涉诉', en: 'Law and litigation' },
  labourSocialSecurity: { zh: '劳动社保', en: 'Labour and social security' },
  ruralAgriculture: { zh: '农村农业', en: 'Rural affairs and agriculture' },
  housingProperty: { zh: '住房物业', en: 'Housing and property management' },
  education: { zh: '教育', en: 'Education' },
  health: { zh: '卫生健康', en: 'Health' },
  civilAffairs: { zh: '民政', en: 'Civil affairs' },
  veterans: { zh: '退役军人', en: 'Veterans' },
  marketRegulation: { zh: '市场监管', en: 'Market regulation' },
  transport: { zh: '交通', en: 'Transport' },
  disciplineInspection: { zh: '纪检监察（干部作风）', en: 'Discipline inspection (cadre conduct)' },
  peoplesSuggestion: { zh: '人民建议', en: "People's suggestions" },
  other: { zh: '其他', en: 'Other' },
};
