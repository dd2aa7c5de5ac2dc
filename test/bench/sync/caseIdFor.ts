/** The case id used for load document `docIndex` (matches /^[A-Za-z0-9_-]{1,64}$/). */
export function caseIdFor(docIndex: number): string {
  return `bench-doc-${docIndex}`;
}

/** The case id of the cold-load document. */
export const coldCaseId = 'bench-cold';
