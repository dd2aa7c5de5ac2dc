import type { CaseDetail, DocumentAccess } from './types.ts';

/**
 * The access the server grants to one document (`file`, `notes`, …) of a case, read from
 * `GET /api/cases/:id`; `undefined` when the answer does not say (the route may not exist yet).
 */
export function documentAccessOf(
  detail: CaseDetail | null,
  room: string,
  kind: string,
): DocumentAccess | undefined {
  const documents = detail?.documents;
  if (!documents) return undefined;
  const value = Array.isArray(documents)
    ? (documents as { name?: string; kind?: string; access: string }[]).find(
        (entry) => entry.name === room || (entry.name === undefined && entry.kind === kind),
      )?.access
    : ((documents as Record<string, string>)[kind] ?? (documents as Record<string, string>)[room]);
  return value === 'write' || value === 'read' ? value : undefined;
}
