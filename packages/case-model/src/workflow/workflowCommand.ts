import type { Role } from '../enums/role.ts';
import type { CommandPayloads } from './commandPayloads.ts';

/** Who performs an act: the user, the unit they act for and the role they act in. */
export interface Actor {
  readonly userId: string;
  readonly unitId: string;
  readonly role: Role;
}

/** The name of a workflow act. */
export type CommandType = keyof CommandPayloads;

/** What a command and the event it produces have in common: the act itself. */
export interface Act<K extends CommandType = CommandType> {
  readonly type: K;
  /** ISO instant of the act, from the actor's device; case-model reads no clock. */
  readonly at: string;
  readonly actor: Actor;
  readonly payload: CommandPayloads[K];
}

/** One command of type `K`: an act asked for, with its idempotency key. */
export interface CommandOf<K extends CommandType> extends Act<K> {
  /** Unique per intended act; a retry with the same key is applied once. */
  readonly idempotencyKey: string;
  /**
   * The latest event the actor had seen, normally the one that set the status
   * (`CaseState.statusEventId`); `null` before registration; omitted: that of the state given to
   * `decide`. An offline client sends it, so that an act that changes the status is refused as a
   * conflict when the status changed after it.
   */
  readonly basis?: string | null;
}

/** Every workflow command, discriminated by `type`. */
export type WorkflowCommand = { [K in CommandType]: CommandOf<K> }[CommandType];
