import type { Refusal } from './refusal.ts';
import { refusals } from './refusals.ts';

/** Runs a check; a malformed act that makes it throw is refused instead of crashing the fold. */
export function checkSafely(check: () => Refusal | undefined): Refusal | undefined {
  try {
    return check();
  } catch {
    return refusals.malformed();
  }
}
