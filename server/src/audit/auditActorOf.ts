import type { Principal } from '../auth/principal.ts';
import type { AuditActor } from './auditRecord.ts';

/** The audit actor of a signed-in principal: user, username, unit and role. */
export function auditActorOf(principal: Principal): AuditActor {
  return {
    userId: principal.userId,
    username: principal.username,
    unitId: principal.unitId,
    role: principal.role,
  };
}
