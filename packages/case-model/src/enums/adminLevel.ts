import type { Label } from './label.ts';

/** Administrative levels, highest first; a unit belongs to one division at one level. */
export const adminLevels = ['national', 'province', 'city', 'county', 'township'] as const;
export type AdminLevel = (typeof adminLevels)[number];

export const adminLevelLabels: Record<AdminLevel, Label> = {
  national: { zh: '国家', en: 'National' },
  province: { zh: '省', en: 'Province' },
  city: { zh: '市', en: 'City' },
  county: { zh: '县（区）', en: 'County (district)' },
  township: { zh: '乡镇（街道）', en: 'Township (sub-district)' },
};
