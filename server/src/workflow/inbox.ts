import {
  addDays,
  type ClockKind,
  clockKindLabels,
  foldEvents,
  type Inbox,
  type InboxClock,
  type InboxCountersign,
  type Label,
  readUnitMeta,
  roomName,
  shanghaiDate,
  supervisionReasonLabels,
} from '@lianban/case-model';
import type { Principal } from '../auth/principal.ts';
import { relateToCase } from '../policy/caseRelation.ts';
import type { CaseServiceDeps } from './caseServiceDeps.ts';
import type { OwnedClock } from './clockTable.ts';
import { readStoredDocument } from './readStoredDocument.ts';

/** A supervision order in the inbox: its deadline and what it asks. */
export interface InboxOrder extends InboxClock {
  readonly reason: string;
  readonly reasonLabel: Label;
  readonly note: string;
  readonly issuingUnitId: string;
}

const openStates = new Set([
  'TRANSFERRED',
  'ASSIGNED',
  'ACCEPTED',
  'IN_PROGRESS',
  'EXTENDED',
  'HEARING',
]);

/** The most `later` items an inbox answer carries. */
export const maxLater = 50;

/**
 * The user's inbox, from the clock projection and the case directory: deadlines owned by their
 * unit (or, for 包案, by them) that are overdue, fall due within `days`, or later (new work
 * shows at once, not only once it is nearly due); cases their unit
 * co-handles whose unit document is not signed; supervision orders addressed to their unit.
 * Only cases the user may see are listed: recusal removes a case from every list.
 */
export async function buildInbox(
  deps: CaseServiceDeps,
  principal: Principal,
  days: number,
): Promise<Inbox> {
  const today = shanghaiDate(deps.now().toISOString());
  const visible = new Map<string, boolean>();
  const sees = (caseId: string): boolean => {
    if (!visible.has(caseId)) {
      const facts = deps.cases.accessFacts(caseId);
      visible.set(caseId, facts !== null && relateToCase(principal, facts).entitled);
    }
    return visible.get(caseId) === true;
  };
  const titleOf = (caseId: string): string | null => deps.index.get(caseId)?.title ?? null;
  const show = (clock: OwnedClock): InboxClock => ({
    caseId: clock.caseId,
    title: titleOf(clock.caseId),
    clockId: clock.clockId,
    kind: clock.kind,
    label: clockKindLabels[clock.kind as ClockKind] ?? { zh: clock.kind, en: clock.kind },
    dueDate: clock.dueDate,
    paused: clock.paused,
    subjectId: clock.subjectId,
  });

  const owner = { unitId: principal.unitId, userId: principal.userId };
  const horizon = addDays(today, days);
  const due = deps.clocks.dueFor(owner, horizon).filter((c) => sees(c.caseId));
  // Bounded: a unit may hold thousands of running cases. The count is of the unit's own work.
  const later = deps.clocks.laterFor(owner, horizon, maxLater);
  const countersign: InboxCountersign[] = [];
  for (const caseId of deps.cases.caseIdsOfUnit(principal.unitId, 'co')) {
    const facts = deps.cases.accessFacts(caseId);
    if (!facts || !openStates.has(facts.state) || !sees(caseId)) continue;
    const document = roomName({ caseId, kind: 'unit', unitId: principal.unitId });
    const doc = await readStoredDocument(deps.store, document);
    const signed = doc ? readUnitMeta(doc)?.signedBy !== undefined : false;
    doc?.destroy();
    if (!signed) countersign.push({ caseId, title: titleOf(caseId), document });
  }
  return {
    today,
    dueWithinDays: days,
    overdue: due.filter((clock) => clock.dueDate < today).map(show),
    dueSoon: due.filter((clock) => clock.dueDate >= today).map(show),
    later: later.clocks.filter((clock) => sees(clock.caseId)).map(show),
    laterTotal: later.total,
    countersign,
    supervision: deps.clocks
      .ofKindFor(principal.unitId, 'supervision')
      .filter((clock) => sees(clock.caseId))
      .flatMap((clock) => {
        const order = foldEvents(deps.events.list(clock.caseId)).supervisionOrders.find(
          (item) => item.id === clock.subjectId,
        );
        if (!order) return [];
        const { reason, note, issuingUnitId } = order;
        const reasonLabel = supervisionReasonLabels[reason];
        return [{ ...show(clock), reason, reasonLabel, note, issuingUnitId }];
      }),
  };
}
