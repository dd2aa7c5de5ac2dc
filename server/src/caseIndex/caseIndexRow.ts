import type { AdminLevel, CaseStatus, Category, Channel, MatterClass } from '@lianban/case-model';
import type { CaseIndexEntry, PetitionerDisplay } from './caseIndexEntry.ts';
import { caseStateRank } from './caseStateRank.ts';

/** An entry as its `case_index` and `case_index_detail` rows store it (lists as JSON, booleans as 0/1). */
export interface CaseIndexRow {
  readonly seq?: number;
  readonly case_id: string;
  readonly title: string;
  readonly state: string;
  readonly state_rank: number;
  readonly category: string;
  readonly channel: string;
  readonly matter_class: string;
  readonly level: string | null;
  readonly division_code: string;
  readonly registering_unit_id: string;
  readonly lead_unit_id: string | null;
  readonly co_handling_unit_ids: string;
  readonly reviewing_unit_ids: string;
  readonly accused_unit_ids: string;
  readonly accused_user_ids: string;
  readonly has_accused: number;
  readonly registered_at: string;
  readonly next_due_date: string | null;
  readonly next_due_clock: string | null;
  readonly overdue: number;
  readonly overdue_key: string | null;
  readonly repeat_linked: string;
  readonly repeat_count: number;
  readonly joint_desk: number;
  readonly joint: number;
  readonly group_visit: number;
  readonly petitioner: string | null;
  readonly request_text: string;
  readonly facts_text: string;
}

/** The row of an entry; `joint` is derived: more than one handling unit, or the joint desk. */
export function writeCaseIndexRow(entry: CaseIndexEntry): CaseIndexRow {
  const handlingUnits = new Set([
    ...(entry.leadUnitId ? [entry.leadUnitId] : []),
    ...entry.coHandlingUnitIds,
  ]);
  return {
    case_id: entry.caseId,
    title: entry.title,
    state: entry.state,
    state_rank: caseStateRank(entry.state),
    category: entry.category,
    channel: entry.channel,
    matter_class: entry.matterClass,
    level: entry.level,
    division_code: entry.divisionCode,
    registering_unit_id: entry.registeringUnitId,
    lead_unit_id: entry.leadUnitId,
    co_handling_unit_ids: JSON.stringify(entry.coHandlingUnitIds),
    reviewing_unit_ids: JSON.stringify(entry.reviewingUnitIds),
    accused_unit_ids: JSON.stringify(entry.accusedUnitIds),
    accused_user_ids: JSON.stringify(entry.accusedUserIds),
    has_accused: entry.accusedUnitIds.length + entry.accusedUserIds.length > 0 ? 1 : 0,
    registered_at: entry.registeredAt,
    next_due_date: entry.nextDueDate,
    next_due_clock: entry.nextDueClock,
    overdue: entry.overdue ? 1 : 0,
    overdue_key: entry.overdue ? '' : entry.nextDueDate,
    repeat_linked: JSON.stringify(entry.repeatLinked),
    repeat_count: entry.repeatLinked.length,
    joint_desk: entry.jointDesk ? 1 : 0,
    joint: entry.jointDesk || handlingUnits.size > 1 ? 1 : 0,
    group_visit: entry.groupVisit ? 1 : 0,
    petitioner: entry.petitioner ? JSON.stringify(entry.petitioner) : null,
    request_text: entry.requestText,
    facts_text: entry.factsText,
  };
}

/** The entry a row was written from. */
export function readCaseIndexRow(row: CaseIndexRow): CaseIndexEntry {
  return {
    caseId: row.case_id,
    title: row.title,
    state: row.state as CaseStatus,
    category: row.category as Category,
    channel: row.channel as Channel,
    matterClass: row.matter_class as MatterClass,
    level: row.level as AdminLevel | null,
    divisionCode: row.division_code,
    registeringUnitId: row.registering_unit_id,
    leadUnitId: row.lead_unit_id,
    coHandlingUnitIds: JSON.parse(row.co_handling_unit_ids) as string[],
    reviewingUnitIds: JSON.parse(row.reviewing_unit_ids) as string[],
    accusedUnitIds: JSON.parse(row.accused_unit_ids) as string[],
    accusedUserIds: JSON.parse(row.accused_user_ids) as string[],
    registeredAt: row.registered_at,
    nextDueDate: row.next_due_date,
    nextDueClock: row.next_due_clock,
    overdue: row.overdue === 1,
    repeatLinked: JSON.parse(row.repeat_linked) as string[],
    jointDesk: row.joint_desk === 1,
    groupVisit: row.group_visit === 1,
    petitioner: row.petitioner ? (JSON.parse(row.petitioner) as PetitionerDisplay) : null,
    requestText: row.request_text,
    factsText: row.facts_text,
  };
}
