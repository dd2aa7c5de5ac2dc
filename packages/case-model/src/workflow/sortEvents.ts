import { compareEvents } from './compareEvents.ts';
import { parseInstant } from './parseInstant.ts';
import type { WorkflowEvent } from './workflowEvent.ts';

/** A copy of the events in canonical order (`compareEvents`), reading each instant once. */
export function sortEvents(events: readonly WorkflowEvent[]): WorkflowEvent[] {
  return events
    .map((event) => ({ event, instant: parseInstant(event.at) ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => compareEvents(a.event, b.event, { a: a.instant, b: b.instant }))
    .map(({ event }) => event);
}
