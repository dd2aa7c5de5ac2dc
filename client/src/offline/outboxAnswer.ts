import type { Label } from '@lianban/case-model';
import type { ApiResult } from '../api/types.ts';

/** What one delivery means for a queued act. */
export type DeliveryOutcome =
  | { readonly status: 'applied' }
  | {
      readonly status: 'refused';
      readonly code: string;
      readonly reason?: Label;
      readonly conflictsWith?: string;
    }
  | { readonly status: 'retry' };

/** Answers that say nothing about the act itself: no network, no session, busy or broken server. */
const transient = new Set([0, 401, 408, 425, 429]);

/**
 * Reads the server's answer to one delivery. 200 (also a replay of an act already applied) is
 * applied; a 4xx refusal is final and keeps the server's code and reason; no answer, an expired
 * session or a server error leave the act waiting for the next attempt.
 */
export function deliveryOutcome(result: ApiResult<unknown>): DeliveryOutcome {
  if (result.ok) return { status: 'applied' };
  if (transient.has(result.status) || result.status >= 500) return { status: 'retry' };
  return {
    status: 'refused',
    code: result.code,
    ...(result.message ? { reason: result.message } : {}),
    ...(result.conflictsWith ? { conflictsWith: result.conflictsWith } : {}),
  };
}
