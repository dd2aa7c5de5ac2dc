import type { Label } from '@lianban/case-model';
import { label } from '../../i18n/i18n.ts';
import type { SelectOption } from './fields.tsx';

/** Select options from a case-model label table, in the order of `values` (reactive: call in JSX). */
export function labelOptions<K extends string>(
  values: readonly K[],
  labels: Readonly<Record<K, Label>>,
): SelectOption[] {
  return values.map((value) => ({ value, label: label(labels[value]) }));
}
