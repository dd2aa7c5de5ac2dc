import type { CaseStatus } from './caseStatus.ts';

/** States grouped by who holds the case and what it may do next. */
export const statusGroups = {
  /** The petition office routes: new, or back after an objection. */
  routable: ['REGISTERED', 'OBJECTED'],
  /** The receiving unit decides to accept, object or not accept. */
  received: ['TRANSFERRED', 'ASSIGNED'],
  /** The lead unit handles: it may extend, hold a hearing or reply. */
  handling: ['IN_PROGRESS', 'EXTENDED'],
} as const satisfies Record<string, readonly CaseStatus[]>;

/** True when `status` is one of `group`. */
export function isIn(group: readonly CaseStatus[], status: CaseStatus): boolean {
  return group.includes(status);
}
