/** The kinds of document a case consists of, one per trust boundary (design.md). */
export type DocumentKind = 'file' | 'notes' | 'record' | 'unit';

/** Names one document of one case; a unit document also names its unit. */
export type DocumentRef =
  | { readonly caseId: string; readonly kind: 'file' | 'notes' | 'record' }
  | { readonly caseId: string; readonly kind: 'unit'; readonly unitId: string };

const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** Whether a string may serve as a case or unit id inside a room name. */
export function isDocumentId(value: unknown): value is string {
  return typeof value === 'string' && idPattern.test(value);
}

/** The room name of a document, e.g. `case/c1/file` or `case/c1/unit/u7`. Throws on a bad id. */
export function roomName(ref: DocumentRef): string {
  requireId(ref.caseId, 'case');
  if (ref.kind === 'unit') {
    requireId(ref.unitId, 'unit');
    return `case/${ref.caseId}/unit/${ref.unitId}`;
  }
  if (ref.kind !== 'file' && ref.kind !== 'notes' && ref.kind !== 'record') {
    throw new RangeError(`unknown document kind ${String((ref as { kind: unknown }).kind)}`);
  }
  return `case/${ref.caseId}/${ref.kind}`;
}

/** Reads a room name back into a reference; anything not exactly of our form gives `null`. */
export function parseRoomName(name: string): DocumentRef | null {
  if (typeof name !== 'string') return null;
  const parts = name.split('/');
  const [prefix, caseId, kind, unitId] = parts;
  if (prefix !== 'case' || !isDocumentId(caseId)) return null;
  if (parts.length === 3 && (kind === 'file' || kind === 'notes' || kind === 'record')) {
    return { caseId, kind };
  }
  if (parts.length === 4 && kind === 'unit' && isDocumentId(unitId)) {
    return { caseId, kind, unitId };
  }
  return null;
}

/** Every document of a case: file, notes, record, then one per unit (duplicates dropped). */
export function caseDocumentRefs(caseId: string, unitIds: Iterable<string>): DocumentRef[] {
  requireId(caseId, 'case');
  const refs: DocumentRef[] = [
    { caseId, kind: 'file' },
    { caseId, kind: 'notes' },
    { caseId, kind: 'record' },
  ];
  for (const unitId of new Set(unitIds)) {
    requireId(unitId, 'unit');
    refs.push({ caseId, kind: 'unit', unitId });
  }
  return refs;
}

function requireId(value: string, what: string): void {
  if (!isDocumentId(value)) throw new RangeError(`invalid ${what} id ${JSON.stringify(value)}`);
}
