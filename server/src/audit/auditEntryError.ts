/** Why an audit entry was refused before it was written. */
export type AuditEntryErrorCode =
  | 'unknown-action'
  | 'unknown-outcome'
  | 'secret-in-details'
  | 'details-not-json'
  | 'details-too-large';

/** A programming error at the call site: the entry is refused and nothing is written. */
export class AuditEntryError extends Error {
  override readonly name = 'AuditEntryError';

  constructor(
    readonly code: AuditEntryErrorCode,
    message: string,
  ) {
    super(message);
  }
}
