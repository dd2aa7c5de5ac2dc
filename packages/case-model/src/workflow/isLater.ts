import { parseInstant } from './parseInstant.ts';

/** True when instant `a` is strictly after instant `b`; false if either is unreadable. */
export function isLater(a: string, b: string): boolean {
  const left = parseInstant(a);
  const right = parseInstant(b);
  return left !== undefined && right !== undefined && left > right;
}
