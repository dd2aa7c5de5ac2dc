import type { Label } from '@lianban/case-model';
import type { ApiResult } from '../api/types.ts';

/** Where a queued act stands: waiting to be sent, recorded by the server, or refused by it. */
export type OutboxStatus = 'pending' | 'applied' | 'refused';

/** A workflow act as the device queues it; the actor is the session's user. */
export interface QueuedCommand {
  readonly type: string;
  /** Also the id of the event the act becomes; a resend is applied once. */
  readonly idempotencyKey: string;
  /** ISO instant the user performed the act on this device. */
  readonly at: string;
  /** The status event the user saw (`statusEventId`), or the act queued before it. */
  readonly basis: string | null;
  readonly payload: Readonly<Record<string, unknown>>;
}

/** One act in the outbox, as stored in the user's local database. */
export interface OutboxEntry {
  /** The stored document's id; ids sort in queueing order. */
  readonly id: string;
  readonly caseId: string;
  readonly command: QueuedCommand;
  readonly status: OutboxStatus;
  /** ISO instant it was queued. */
  readonly queuedAt: string;
  /** Deliveries tried so far. */
  readonly attempts: number;
  /** ISO instant of the server's final answer. */
  readonly answeredAt?: string;
  /** For a refused act: the server's stable code, its reason (zh/en) and the act in the way. */
  readonly code?: string;
  readonly reason?: Label;
  readonly conflictsWith?: string;
}

/** What the outbox needs to deliver one act: `POST /api/cases/:id/commands`. */
export type SendCommand = (caseId: string, command: QueuedCommand) => Promise<ApiResult<unknown>>;

/** An act to queue: its type, payload and basis (the key is the outbox's). */
export interface NewAct {
  readonly type: string;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly basis: string | null;
  /** When the act was performed; default: when it is queued. */
  readonly at?: string;
}
