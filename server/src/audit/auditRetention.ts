/**
 * The shortest time an audit record must be kept: six months (Cybersecurity Law Art 21,
 * MLPS 2.0 level 3). 184 days, not 183, because the longest six consecutive calendar months
 * (July to December) have 184 days.
 *
 * The application has no delete path for audit records at all: no route, no method, and
 * database triggers refuse UPDATE and DELETE. Any future archiving job must run outside the
 * app, keep at least this many days online, verify the chain first, and carry the head of the
 * archived part forward as an anchor (see README.md in this folder).
 */
export const auditMinimumRetentionDays = 184;
