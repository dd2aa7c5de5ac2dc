import type {
  Category,
  Channel,
  ClockView,
  ConflictEntry,
  Label,
  Registration,
  Role,
  StateView,
  TimelineEntry,
} from '@lianban/case-model';

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

/** A unit of the organisation as `GET /api/units` lists it. */
export interface UnitListEntry {
  readonly id: string;
  readonly name: string;
  readonly level: string;
  readonly divisionCode: string;
  readonly parentId: string | null;
}

/** A person of a unit as `GET /api/units/:unitId/people` lists them. */
export interface UnitPerson {
  readonly userId: string;
  /** The display name. */
  readonly name: string;
}

/** A failed API call: the server's stable error code, or `network` when it was not reached. */
export interface ApiFailure {
  readonly ok: false;
  /** HTTP status; 0 when the server was not reached. */
  readonly status: number;
  readonly code: string;
  readonly message?: Label;
  /** For a workflow refusal: the recorded act in the way. */
  readonly conflictsWith?: string;
}

/** The outcome of an API call. */
export type ApiResult<T> = { readonly ok: true; readonly data: T } | ApiFailure;

/** One row of `GET /api/cases` (the fields the list shows; the server sends more). */
export interface CaseListItem {
  readonly caseId: string;
  readonly title: string;
  readonly state: string;
  readonly category?: Category;
  readonly channel?: Channel;
  readonly registeredAt: string;
  /** 'YYYY-MM-DD' (China time) of the running clock that falls due first. */
  readonly nextDueDate: string | null;
  /** That clock's kind (`handle`, `route`…). */
  readonly nextDueClock?: string | null;
  readonly overdue: boolean;
  /** The principal petitioner; identity fields masked unless the reader handles the case. */
  readonly petitioner?: { readonly name: string; readonly phone?: string | null } | null;
  readonly petitionerMasked?: boolean;
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
  /** Masked (ID number, phone, address) unless the reader handles the case. */
  readonly registration?: Partial<Registration> | null;
  readonly petitionerMasked?: boolean;
  /** The workflow state (a bare status string is accepted too). */
  readonly state?:
    | string
    | (Partial<StateView> & { readonly status?: string; readonly statusLabel?: Label });
  readonly clocks?: readonly ClockView[];
  readonly timeline?: readonly TimelineEntry[];
  readonly conflicts?: readonly ConflictEntry[];
  readonly documents?: readonly OpenableDocument[] | Readonly<Record<string, string>>;
}

/** A document of a case the user may open, and how (`unitId` for a unit's countersign). */
export interface OpenableDocument {
  readonly name?: string;
  readonly kind?: string;
  readonly unitId?: string;
  readonly access: string;
}

/** A workflow command sent to `POST /api/cases/:id/commands` (the session's user acts). */
export interface CaseCommand {
  readonly type: string;
  /** Chosen by the client so a retried command is applied once. */
  readonly idempotencyKey: string;
  /** ISO instant the user performed the act (on this device). */
  readonly at?: string;
  /** The status event the user saw (`state.statusEventId`). */
  readonly basis?: string | null;
  readonly payload: Readonly<Record<string, unknown>>;
}

/** A registration as a clerk sends it: the instant and the unit default to the server's. */
export type RegistrationDraft = Omit<Registration, 'registeredAt' | 'registeringUnitId'> & {
  readonly registeredAt?: string;
  readonly registeringUnitId?: string;
};
