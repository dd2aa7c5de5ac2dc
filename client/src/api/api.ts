import type { CommandAnswer, Inbox, RepeatCandidate } from '@lianban/case-model';
import type {
  ApiFailure,
  ApiResult,
  CaseCommand,
  CaseDetail,
  CaseListPage,
  Me,
  RegistrationDraft,
  UnitListEntry,
  UnitPerson,
} from './types.ts';

/**
 * Every call the client makes to the Lianban HTTP API, in one place. Calls never throw: they
 * resolve to `{ ok: true, data }` or to a failure with the server's error code (`network` when
 * the server could not be reached). The session travels in the http-only cookie.
 */
async function request<T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : {
              accept: 'application/json',
              'content-type': 'application/json',
            },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    return { ok: false, status: 0, code: 'network' };
  }
  if (response.status === 204) return { ok: true, data: undefined as T };
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: payload as T };
  return failure(response.status, payload);
}

function failure(status: number, payload: unknown): ApiFailure {
  const error = (
    payload as { error?: { code?: unknown; message?: unknown; conflictsWith?: unknown } } | null
  )?.error;
  const message = error?.message as { zh?: unknown; en?: unknown } | undefined;
  return {
    ok: false,
    status,
    // A proxy or a static server answers 404/502 without our error body.
    code: typeof error?.code === 'string' ? error.code : status === 404 ? 'not-found' : 'http',
    ...(typeof message?.zh === 'string' && typeof message.en === 'string'
      ? { message: { zh: message.zh, en: message.en } }
      : {}),
    ...(typeof error?.conflictsWith === 'string' ? { conflictsWith: error.conflictsWith } : {}),
  };
}

const encode = encodeURIComponent;

/** `POST /api/auth/login`: sets the session cookie. */
export const login = (username: string, password: string) =>
  request<{ token: string }>('POST', '/api/auth/login', { username, password });

/** `POST /api/auth/logout`: ends the session and clears the cookie. */
export const logout = () => request<void>('POST', '/api/auth/logout');

/** `GET /api/me`: the signed-in user. */
export const me = () => request<Me>('GET', '/api/me');

/** `GET /api/cases`: a page of the cases the user may see. */
export function listCases(query: Readonly<Record<string, string>> = {}) {
  const search = new URLSearchParams(query).toString();
  return request<CaseListPage>('GET', `/api/cases${search ? `?${search}` : ''}`);
}

/** `GET /api/units`: the organisation's units, to name them on pages. */
export const listUnits = () => request<{ units: UnitListEntry[] }>('GET', '/api/units');

/** `GET /api/units/:unitId/people`: the people of a unit, to name an accused person by account. */
export const listUnitPeople = (unitId: string) =>
  request<{ people: UnitPerson[] }>('GET', `/api/units/${encode(unitId)}/people`);

/** `GET /api/cases/:id`: one case with the user's access to each of its documents. */
export const getCase = (caseId: string) =>
  request<CaseDetail>('GET', `/api/cases/${encode(caseId)}`);

/** `POST /api/cases/:id/commands`: a workflow act (accept, transfer, reply…). */
export const sendCommand = (caseId: string, command: CaseCommand) =>
  request<CommandAnswer>('POST', `/api/cases/${encode(caseId)}/commands`, command);

/** `GET /api/inbox?days=N`: deadlines, countersigns and supervision orders waiting for the user. */
export const inbox = (days?: number) =>
  request<Inbox>('GET', `/api/inbox${days === undefined ? '' : `?days=${days}`}`);

/** `POST /api/cases`: registers a petition (登记); the key makes a retry register it once. */
export const registerCase = (body: { idempotencyKey: string; registration: RegistrationDraft }) =>
  request<{ caseId: string }>('POST', '/api/cases', body);

/** `POST /api/cases/repeat-candidates`: earlier petitions a draft likely repeats, with reasons. */
export const repeatCandidates = (registration: RepeatDraft) =>
  request<{ candidates: RepeatCandidate[] }>('POST', '/api/cases/repeat-candidates', {
    registration,
  });

/** What repeat detection reads of a registration draft. */
export type RepeatDraft = Pick<
  RegistrationDraft,
  'anonymous' | 'petitioners' | 'requests' | 'accused' | 'category' | 'divisionCode'
>;
