import type { Label, Role } from '@lianban/case-model';

/** The signed-in user, as `GET /api/me` returns it. */
export interface Me {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly unitId: string;
  readonly divisionCode: string;
  /** The unit's display name, when the server provides it (falls back to `unitId`). */
  readonly unitName?: string;
}

/** A failed API call: the server's stable error code, or `network` when it was not reached. */
export interface ApiFailure {
  readonly ok: false;
  /** HTTP status; 0 when the server was not reached. */
  readonly status: number;
  readonly code: string;
  readonly message?: Label;
}

/** The outcome of an API call. */
export type ApiResult<T> = { readonly ok: true; readonly data: T } | ApiFailure;

/** One row of `GET /api/cases` (the fields the list shows; the server sends more). */
export interface CaseListItem {
  readonly caseId: string;
  readonly title: string;
  readonly state: string;
  readonly registeredAt: string;
  readonly nextDueDate: string | null;
  readonly overdue: boolean;
  readonly petitioner?: { readonly name: string } | null;
}

/** A page of `GET /api/cases`. */
export interface CaseListPage {
  readonly items: readonly CaseListItem[];
  readonly total: number;
  readonly nextCursor: string | null;
}

/** How the user may use one document of a case. */
export type DocumentAccess = 'write' | 'read';

/**
 * `GET /api/cases/:id` as the client reads it. Assumed shape: `documents` lists each room the
 * user may open with its access, e.g. `{ name: 'case/demo-0001/file', kind: 'file',
 * access: 'write' }`; a map `{ file: 'write' }` is accepted as well.
 */
export interface CaseDetail {
  readonly caseId: string;
  readonly registration?: { readonly title?: string };
  /** The workflow state: `{ status, statusLabel }` (a bare status string is accepted too). */
  readonly state?: string | { readonly status?: string; readonly statusLabel?: Label };
  readonly documents?:
    | readonly { readonly name?: string; readonly kind?: string; readonly access: string }[]
    | Readonly<Record<string, string>>;
}

/** A workflow command sent to `POST /api/cases/:id/commands`. */
export interface CaseCommand {
  readonly type: string;
  /** Chosen by the client so a retried command is applied once. */
  readonly idempotencyKey: string;
  readonly [field: string]: unknown;
}
