/** Who wrote a note: the user, the name shown, and the unit they act for. */
export interface Author {
  readonly userId: string;
  readonly name: string;
  readonly unitId: string;
}

/** Whether a value read from a document is a well-formed author. */
export function isAuthor(value: unknown): value is Author {
  if (typeof value !== 'object' || value === null) return false;
  const { userId, name, unitId } = value as Record<string, unknown>;
  return (
    typeof userId === 'string' &&
    userId !== '' &&
    typeof name === 'string' &&
    typeof unitId === 'string' &&
    unitId !== ''
  );
}
