import type { CaseState } from './caseState.ts';
import type { Refusal } from './refusal.ts';
import type { Act, CommandType } from './workflowCommand.ts';
import type { EventOf } from './workflowEvent.ts';

/** The deadline windows that decide whether an act is still (or already) possible. */
export type WindowKind = 'objection' | 'handle' | 'reviewWindow' | 'reexamWindow';

/** How one act is checked and applied; `decide` and `foldEvents` share it. */
export interface ActSpec<K extends CommandType> {
  /** The act changes the status, so it must be decided on the current status (its basis). */
  readonly transition: boolean;
  /** State, unit and payload rules: no role, no clock. The fold re-runs them on every event. */
  readonly check: (state: CaseState, act: Act<K>) => Refusal | undefined;
  /** The running window the act needs open or closed; `decide` asks the deadline engine. */
  readonly window?: (
    act: Act<K>,
  ) => { readonly kind: WindowKind; readonly mustBe: 'open' | 'closed' } | undefined;
  /** The state after the event; only called when `check` passed. */
  readonly apply: (state: CaseState, event: EventOf<K>) => CaseState;
}

/** Specs for a set of command types. */
export type ActSpecs<K extends CommandType> = { readonly [P in K]: ActSpec<P> };
