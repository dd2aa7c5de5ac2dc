import type { Registration } from '../caseFile/registration.ts';
import type { Label } from '../enums/label.ts';

/** Whether routing to a unit is allowed, with the reason when it is not. */
export type RoutingCheck = { readonly ok: true } | { readonly ok: false; readonly reason: Label };

/**
 * Refuses any unit the petition accuses (domain.md §7; R2005 Art 23): an accused unit, and
 * the unit of an accused person when it is recorded, since the person would see the case there.
 */
export function isRoutingAllowed(
  registration: Pick<Registration, 'accused'>,
  unitId: string,
): RoutingCheck {
  for (const party of registration.accused) {
    if (party.kind === 'unit' && party.unitId === unitId) {
      return {
        ok: false,
        reason: {
          zh: `${party.name}为被反映单位，不得向其转送、交办（《信访条例》第二十三条）`,
          en: `${party.name} is accused in this petition; it may not be routed to it (R2005 Art 23)`,
        },
      };
    }
    if (party.kind === 'person' && party.unitId === unitId) {
      return {
        ok: false,
        reason: {
          zh: `单位 ${unitId} 为被反映人${party.name}所在单位，不得向其转送、交办（《信访条例》第二十三条）`,
          en: `Unit ${unitId} is where the accused person ${party.name} works; it may not be routed to it (R2005 Art 23)`,
        },
      };
    }
  }
  return { ok: true };
}
