import type { Act, CommandType } from './workflowCommand.ts';

/** One recorded act of type `K`: the event a command produced. */
export interface EventOf<K extends CommandType> extends Act<K> {
  /** Unique per case; derived from the idempotency key. */
  readonly id: string;
  /** The idempotency key of the command that produced it. */
  readonly causedBy: string;
  /** The latest event the actor had seen (see `CommandOf.basis`); `null` before registration. */
  readonly basis: string | null;
}

/** Every event of the append-only workflow log, discriminated by `type`. */
export type WorkflowEvent = { [K in CommandType]: EventOf<K> }[CommandType];
