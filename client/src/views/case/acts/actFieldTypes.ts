import type { CaseState } from '@lianban/case-model';
import type { SelectOption } from '../../form/fields.tsx';

/** What a form field's defaults and choices may depend on. */
export interface ActContext {
  readonly state: CaseState;
  readonly unitId: string;
  readonly today: string;
  readonly unitName: (unitId: string) => string;
}

/** One field of an act's form; its label is `act.field.<name>`. */
export interface ActField {
  readonly name: string;
  /** `units`: unit ids separated by commas; `days`: a whole number of days (1–30). */
  readonly kind: 'text' | 'textarea' | 'unit' | 'units' | 'days' | 'date' | 'select' | 'checkbox';
  readonly required?: boolean;
  readonly options?: (context: ActContext) => readonly SelectOption[];
  readonly initial?: (context: ActContext) => string;
}
