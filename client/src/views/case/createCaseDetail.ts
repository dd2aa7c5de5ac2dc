import { type Accessor, createResource } from 'solid-js';
import * as api from '../../api/api.ts';
import type { CaseDetail } from '../../api/types.ts';
import { readCached, writeCached } from '../../offline/cachedAnswer.ts';

/** `GET /api/cases/:id` for the case page, and how to ask again. */
export interface CaseDetailResource {
  /** The last answer; offline, the one kept on this device; `null` if none. */
  readonly detail: Accessor<CaseDetail | null | undefined>;
  readonly refetch: () => void;
}

/**
 * Reads the case from the server and keeps the answer on this device (per user), so that the
 * documents the user may open and their access are known offline too. A case the server hides
 * (404) is forgotten here.
 */
export function createCaseDetail(caseId: string, userId: string): CaseDetailResource {
  const key = `case.${userId}.${caseId}`;
  const [detail, { refetch }] = createResource(async () => {
    const result = await api.getCase(caseId);
    if (result.ok) {
      writeCached(key, result.data);
      return result.data;
    }
    if (result.code !== 'network' && result.status !== 0) {
      if (result.status === 404) localStorage.removeItem(`lianban.cache.${key}`);
      return null;
    }
    return readCached<CaseDetail>(key)?.data ?? null;
  });
  return { detail, refetch: () => void refetch() };
}
