import type { CaseState, ClockRun } from '@lianban/case-model';

/** Who must act before a clock runs out: a unit, or for 包案 the leader in person. */
export interface ClockOwner {
  readonly unitId: string | null;
  readonly userId: string | null;
}

const nobody: ClockOwner = { unitId: null, userId: null };
const unit = (unitId: string | null | undefined): ClockOwner =>
  unitId ? { unitId, userId: null } : nobody;

/**
 * The owner of a clock's duty. Windows that grant a right rather than impose a duty have no
 * owner: the unit's 5 working days to object, the petitioner's windows to ask for review or
 * re-examination and to rate. A window that runs out is not overdue work.
 */
export function clockOwner(state: CaseState, run: ClockRun): ClockOwner {
  const startedBy = run.id.includes(':') ? run.id.slice(run.id.indexOf(':') + 1) : undefined;
  switch (run.kind) {
    case 'route':
      return unit(state.routingUnitId);
    case 'acceptNotice':
    case 'handle':
      return unit(state.leadUnitId);
    case 'assignmentReport':
      return unit(state.routing?.kind === 'assign' ? state.routing.leadUnitId : state.leadUnitId);
    case 'review':
      return unit(state.review?.unitId);
    case 'reexam':
      return unit(state.reexam?.unitId);
    case 'supervision':
      return unit(state.supervisionOrders.find((order) => order.id === startedBy)?.addressedUnitId);
    case 'improvementAnswer':
      return unit(state.improvements.find((item) => item.id === startedBy)?.addressedUnitId);
    case 'leaderOwnership':
      return state.leaderOwnership
        ? { unitId: null, userId: state.leaderOwnership.leaderUserId }
        : nobody;
    default:
      return nobody;
  }
}
