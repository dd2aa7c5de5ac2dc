import type { Label } from '../enums/label.ts';
import type { CaseState } from './caseState.ts';

/** Marks a case carries beside its state (domain.md §5): 督办, 包案, 重复信访, 集体访. */
export type Overlay = 'supervised' | 'leaderOwned' | 'repeatLinked' | 'groupVisit';

/** The name of each overlay in both interface languages. */
export const overlayLabels: Readonly<Record<Overlay, Label>> = {
  supervised: { zh: '督办', en: 'Supervised' },
  leaderOwned: { zh: '领导包案', en: 'Leader-owned' },
  repeatLinked: { zh: '重复信访', en: 'Repeat petition' },
  groupVisit: { zh: '集体访', en: 'Group visit' },
};

/** The overlays a case carries now; supervised while a supervision order awaits its report. */
export function activeOverlays(state: CaseState): Overlay[] {
  const overlays: Overlay[] = [];
  if (state.supervisionOrders.some((order) => order.report === undefined))
    overlays.push('supervised');
  if (state.leaderOwnership !== null) overlays.push('leaderOwned');
  if (state.repeatLinks.length > 0) overlays.push('repeatLinked');
  if (state.facts?.groupVisit) overlays.push('groupVisit');
  return overlays;
}
