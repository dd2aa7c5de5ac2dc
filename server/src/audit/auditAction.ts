/** Every kind of event the audit log records; a closed list, checked again at run time. */
export const auditActions = [
  'login.succeeded',
  'login.failed',
  'login.locked',
  'logout',
  'password.changed',
  'case.read',
  'case.listed',
  'document.opened',
  'document.refused',
  'command.applied',
  'command.rejected',
  'search',
  'export',
  'audit.read',
  'audit.verified',
] as const;

/** One kind of audited event. */
export type AuditAction = (typeof auditActions)[number];

/** How an audited attempt ended: done, refused by policy, or broken by an error or bad input. */
export const auditOutcomes = ['allowed', 'denied', 'failed'] as const;

/** How an audited attempt ended. */
export type AuditOutcome = (typeof auditOutcomes)[number];
