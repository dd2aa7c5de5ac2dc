import { canonicalJson } from './canonicalJson.ts';
import { parseInstant } from './parseInstant.ts';
import type { WorkflowEvent } from './workflowEvent.ts';

const instantOf = (event: WorkflowEvent): number =>
  parseInstant(event.at) ?? Number.POSITIVE_INFINITY;

/**
 * The canonical order of the log: by instant (`at`, compared as instants, not text), then by id
 * (code-unit order), then by content; events with an unreadable `at` come last. A total order,
 * so any arrival order of the same events sorts the same.
 */
export function compareEvents(
  a: WorkflowEvent,
  b: WorkflowEvent,
  instants = { a: instantOf(a), b: instantOf(b) },
): number {
  if (instants.a !== instants.b) return instants.a < instants.b ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  const left = canonicalJson(a);
  const right = canonicalJson(b);
  return left < right ? -1 : left > right ? 1 : 0;
}
