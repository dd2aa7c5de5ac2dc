import { createHash } from 'node:crypto';
import { writeCanonicalJson } from '../audit/writeCanonicalJson.ts';

/** A command as its sender sent it: what a retry with the same idempotency key must repeat. */
export interface SentCommand {
  readonly type: string;
  readonly payload: unknown;
  /** Only when the sender gave it; the server's default instant is not part of the content. */
  readonly at?: string;
  readonly basis?: string | null;
}

/**
 * A SHA-256 over the canonical JSON of the command as sent and the user who sent it. Two sends
 * with the same idempotency key are the same act exactly when their hashes are equal.
 */
export function commandHash(command: SentCommand, userId: string): string {
  const content = writeCanonicalJson({
    type: command.type,
    payload: command.payload,
    at: command.at,
    basis: command.basis,
    userId,
  });
  return createHash('sha256').update(content).digest('hex');
}
