import type { AdminLevel, CaseStatus, Category, Channel, MatterClass } from '@lianban/case-model';

/** The petitioner shown in lists: the principal petitioner's display fields, unmasked as stored. */
export interface PetitionerDisplay {
  readonly name: string;
  readonly idNumber: string | null;
  readonly phone: string | null;
  readonly address: string | null;
}

/**
 * One case as the index stores it: denormalised from the case file, the workflow record and the
 * case directory, one row per case. The server rebuilds it whenever a document or event changes.
 */
export interface CaseIndexEntry {
  readonly caseId: string;
  readonly title: string;
  /** Workflow state (domain.md §5), e.g. `IN_PROGRESS`. */
  readonly state: CaseStatus;
  readonly category: Category;
  readonly channel: Channel;
  readonly matterClass: MatterClass;
  /** Administrative level of the handling (the lead unit's level); null before routing. */
  readonly level: AdminLevel | null;
  readonly divisionCode: string;
  readonly registeringUnitId: string;
  readonly leadUnitId: string | null;
  readonly coHandlingUnitIds: readonly string[];
  /** The units a review (复查) or re-examination (复核) was lodged with. */
  readonly reviewingUnitIds: readonly string[];
  readonly accusedUnitIds: readonly string[];
  readonly accusedUserIds: readonly string[];
  /** ISO instant of registration. */
  readonly registeredAt: string;
  /** The earliest due date of the running clocks ('YYYY-MM-DD', China time), or null. */
  readonly nextDueDate: string | null;
  /** The kind of the clock that falls due first (a `ClockKind`, e.g. `handle`), or null. */
  readonly nextDueClock: string | null;
  /** A running clock was overdue when the entry was built (the index also compares dates). */
  readonly overdue: boolean;
  /** Ids of the cases linked to this one as repeat petitions. */
  readonly repeatLinked: readonly string[];
  /** Received at the joint-reception desk; with co-handling units it makes a joint case. */
  readonly jointDesk: boolean;
  readonly groupVisit: boolean;
  readonly petitioner: PetitionerDisplay | null;
  /** The searchable text besides the title: the `request` and `facts` sections. */
  readonly requestText: string;
  readonly factsText: string;
}

/** One row of `GET /api/cases`; petitioner identity is masked unless the reader handles the case. */
export interface CaseListItem {
  readonly caseId: string;
  readonly title: string;
  readonly state: CaseStatus;
  readonly category: Category;
  readonly channel: Channel;
  readonly matterClass: MatterClass;
  readonly level: AdminLevel | null;
  readonly divisionCode: string;
  readonly registeringUnitId: string;
  readonly leadUnitId: string | null;
  readonly coHandlingUnitIds: readonly string[];
  readonly registeredAt: string;
  readonly nextDueDate: string | null;
  readonly nextDueClock: string | null;
  readonly overdue: boolean;
  readonly repeatLinked: readonly string[];
  /** More than one handling unit, or received at the joint-reception desk. */
  readonly jointCase: boolean;
  readonly groupVisit: boolean;
  readonly petitioner: PetitionerDisplay | null;
  /** Whether the petitioner's identity fields were masked for this reader. */
  readonly petitionerMasked: boolean;
}

/** The sort keys of the case list. */
export type CaseSortField = 'registeredAt' | 'dueDate' | 'state' | 'relevance';

/** What a list request asks for; every filter is optional and they combine with AND. */
export interface CaseQuery {
  readonly states?: readonly CaseStatus[];
  /** Cases this unit leads or co-handles. */
  readonly unitId?: string;
  readonly categories?: readonly Category[];
  readonly channels?: readonly Channel[];
  readonly level?: AdminLevel;
  /** Division code prefix, e.g. `9901` for a city and everything below it. */
  readonly division?: string;
  readonly overdue?: boolean;
  /** Due today or within the next N calendar days (not yet overdue). */
  readonly dueWithinDays?: number;
  readonly repeatLinked?: boolean;
  readonly joint?: boolean;
  /** Full-text search over titles, requests and facts. */
  readonly q?: string;
  /** Default: relevance with `q`, otherwise registeredAt. */
  readonly sort?: CaseSortField;
  /** Default: desc for registeredAt, asc for dueDate, state and relevance. */
  readonly direction?: 'asc' | 'desc';
  /** 1..100, default 25. */
  readonly limit?: number;
  /** The opaque `nextCursor` of the previous page. */
  readonly cursor?: string;
}

/** One page of the case list. */
export interface CaseListPage {
  readonly items: readonly CaseListItem[];
  /** All matches visible to this reader, on every page. */
  readonly total: number;
  /** Pass back as `cursor` for the next page; null on the last page. */
  readonly nextCursor: string | null;
}
