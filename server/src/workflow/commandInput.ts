import type { CommandOf, CommandType } from '@lianban/case-model';

/** A command type the commands route takes: every act but `register` (`POST /api/cases`). */
export type CaseCommandType = Exclude<CommandType, 'register'>;

/** A command as a client sends it: no actor (the server takes the session's), `at` optional. */
export type CommandInputOf<K extends CaseCommandType> = Omit<CommandOf<K>, 'actor' | 'at'> & {
  /** ISO instant with a zone from the device; the server's time when absent. */
  readonly at?: string;
};

/** Any command a client may send to a case. */
export type CommandInput = { [K in CaseCommandType]: CommandInputOf<K> }[CaseCommandType];
