import type { Petitioner } from '../caseFile/registration.ts';
import type { Label } from '../enums/label.ts';

/**
 * An earlier case that a registration draft likely repeats (同人同事), with the reasons, as the
 * server answers it: petitioners masked, reasons naming people by name only.
 */
export interface RepeatCandidate {
  readonly caseId: string;
  readonly title: string;
  readonly state: string;
  readonly registeredAt: string;
  readonly category: string;
  readonly divisionCode: string;
  readonly score: number;
  readonly reasons: readonly Label[];
  readonly petitioners: readonly Petitioner[];
}
