import { acceptanceActs } from './acceptanceActs.ts';
import type { ActSpec, ActSpecs } from './actSpec.ts';
import { endingActs } from './endingActs.ts';
import { handlingActs } from './handlingActs.ts';
import { intakeActs } from './intakeActs.ts';
import { overlayActs } from './overlayActs.ts';
import { reviewActs } from './reviewActs.ts';
import { supervisionActs } from './supervisionActs.ts';
import type { CommandType } from './workflowCommand.ts';

/** Every act's spec, by command type; the compiler checks that none is missing. */
export const actSpecs: ActSpecs<CommandType> = {
  ...intakeActs,
  ...acceptanceActs,
  ...handlingActs,
  ...reviewActs,
  ...endingActs,
  ...supervisionActs,
  ...overlayActs,
};

/** The spec of `type`, or undefined for a type this version does not know (from a newer log). */
export function specOf(type: string): ActSpec<CommandType> | undefined {
  // One cast for dispatch: each spec only ever sees acts of its own type.
  return Object.hasOwn(actSpecs, type)
    ? (actSpecs[type as CommandType] as unknown as ActSpec<CommandType>)
    : undefined;
}
