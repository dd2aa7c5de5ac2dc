import { addDays, shanghaiDate } from '@lianban/case-model';
import type { AppDatabase } from '../db/openAppDatabase.ts';

/** What the access policy needs to know about a case. */
export interface CaseAccessFacts {
  readonly caseId: string;
  readonly divisionCode: string;
  readonly registeringUnitId: string;
  readonly state: string;
  readonly leadUnitId: string | null;
  /**
   * While a review (复查) or re-examination (复核) may be requested today, the division of the
   * unit whose decision it would be about (the lead unit after a reply, the reviewing unit after
   * a review decision): a unit above it may record the request. Null otherwise.
   */
  readonly requestBaseDivisionCode: string | null;
  readonly coHandlingUnitIds: readonly string[];
  /** The units a review (复查) or re-examination (复核) was lodged with. */
  readonly reviewingUnitIds: readonly string[];
  readonly accusedUnitIds: readonly string[];
  readonly accusedUserIds: readonly string[];
}

/** A case entry to create in the directory. */
export interface NewCaseEntry {
  readonly caseId: string;
  readonly divisionCode: string;
  readonly registeringUnitId: string;
  readonly state?: string;
  readonly leadUnitId?: string;
  readonly coHandlingUnitIds?: readonly string[];
  readonly accused?: readonly { unitId?: string; userId?: string; name: string }[];
}

/** What the workflow changes in a case's entry after each event; the accused never change. */
export interface CaseEntryUpdate {
  readonly state: string;
  readonly leadUnitId: string | null;
  readonly coHandlingUnitIds: readonly string[];
  readonly reviewingUnitIds: readonly string[];
  /** The last day (China date) a review or re-examination may be requested, if one may. */
  readonly requestWindowDue: string | null;
}

/** The case directory: who may see a case, kept by the server. */
export interface CaseDirectory {
  accessFacts(caseId: string): CaseAccessFacts | null;
  create(entry: NewCaseEntry, now: Date): void;
  /**
   * Sets the state and replaces the lead, co-handling and reviewing units (in the caller's
   * transaction, if any); a unit holding the case in several ways is recorded in the first.
   */
  update(caseId: string, update: CaseEntryUpdate): void;
  /** Every case id, in order. */
  caseIds(): string[];
  /** Ids of the cases a unit leads, co-handles or reviews. */
  caseIdsOfUnit(unitId: string, role: 'lead' | 'co' | 'review'): string[];
}

/**
 * Days after a request window closes during which the unit above may still open the case: a
 * request sent in time (by post, say) can arrive later, and `decide` judges it by its own date.
 */
const requestArrivalDays = 30;

/** Creates the case directory over the app database; `now` dates the request windows. */
export function createCaseDirectory(
  db: AppDatabase,
  now: () => Date = () => new Date(),
): CaseDirectory {
  const selectCase = db.prepare(
    'SELECT id, division_code, registering_unit_id, state, request_window_due FROM cases WHERE id = ?',
  );
  const selectUnits = db.prepare(
    'SELECT cu.unit_id, cu.role, u.division_code FROM case_units cu' +
      ' JOIN units u ON u.id = cu.unit_id WHERE cu.case_id = ?',
  );
  const selectAccused = db.prepare('SELECT unit_id, user_id FROM case_accused WHERE case_id = ?');
  const insertCase = db.prepare(
    'INSERT INTO cases (id, division_code, registering_unit_id, state, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const insertUnit = db.prepare('INSERT INTO case_units (case_id, unit_id, role) VALUES (?, ?, ?)');
  const insertAccused = db.prepare(
    'INSERT INTO case_accused (case_id, unit_id, user_id, name) VALUES (?, ?, ?, ?)',
  );
  const create = db.transaction((entry: NewCaseEntry, now: Date) => {
    insertCase.run(
      entry.caseId,
      entry.divisionCode,
      entry.registeringUnitId,
      entry.state ?? 'REGISTERED',
      now.toISOString(),
    );
    if (entry.leadUnitId) insertUnit.run(entry.caseId, entry.leadUnitId, 'lead');
    for (const unitId of entry.coHandlingUnitIds ?? []) insertUnit.run(entry.caseId, unitId, 'co');
    for (const party of entry.accused ?? []) {
      insertAccused.run(entry.caseId, party.unitId ?? null, party.userId ?? null, party.name);
    }
  });
  const updateState = db.prepare('UPDATE cases SET state = ?, request_window_due = ? WHERE id = ?');
  const selectIds = db.prepare('SELECT id FROM cases ORDER BY id').pluck();
  const deleteUnits = db.prepare('DELETE FROM case_units WHERE case_id = ?');
  const selectOfUnit = db
    .prepare('SELECT case_id FROM case_units WHERE unit_id = ? AND role = ? ORDER BY case_id')
    .pluck();
  const update = db.transaction((caseId: string, change: CaseEntryUpdate) => {
    updateState.run(change.state, change.requestWindowDue, caseId);
    deleteUnits.run(caseId);
    if (change.leadUnitId) insertUnit.run(caseId, change.leadUnitId, 'lead');
    const recorded = new Set(change.leadUnitId ? [change.leadUnitId] : []);
    const add = (unitId: string, role: 'co' | 'review') => {
      if (recorded.has(unitId)) return;
      recorded.add(unitId);
      insertUnit.run(caseId, unitId, role);
    };
    for (const unitId of change.coHandlingUnitIds) add(unitId, 'co');
    for (const unitId of change.reviewingUnitIds) add(unitId, 'review');
  });
  return {
    accessFacts(caseId) {
      const row = selectCase.get(caseId) as
        | {
            id: string;
            division_code: string;
            registering_unit_id: string;
            state: string;
            request_window_due: string | null;
          }
        | undefined;
      if (!row) return null;
      const units = selectUnits.all(caseId) as {
        unit_id: string;
        role: 'lead' | 'co' | 'review';
        division_code: string;
      }[];
      const lead = units.find((unit) => unit.role === 'lead');
      const open =
        row.request_window_due !== null &&
        shanghaiDate(now().toISOString()) <= addDays(row.request_window_due, requestArrivalDays);
      const base =
        row.state === 'REPLIED'
          ? lead
          : row.state === 'REVIEW_DECIDED'
            ? units.find((unit) => unit.role === 'review')
            : undefined;
      const withRole = (role: 'co' | 'review') =>
        units.filter((unit) => unit.role === role).map((unit) => unit.unit_id);
      const accused = selectAccused.all(caseId) as {
        unit_id: string | null;
        user_id: string | null;
      }[];
      return {
        caseId: row.id,
        divisionCode: row.division_code,
        registeringUnitId: row.registering_unit_id,
        state: row.state,
        leadUnitId: lead?.unit_id ?? null,
        requestBaseDivisionCode: open ? (base?.division_code ?? null) : null,
        coHandlingUnitIds: withRole('co'),
        reviewingUnitIds: withRole('review'),
        accusedUnitIds: accused.flatMap((party) => (party.unit_id ? [party.unit_id] : [])),
        accusedUserIds: accused.flatMap((party) => (party.user_id ? [party.user_id] : [])),
      };
    },
    create(entry, now) {
      create(entry, now);
    },
    update(caseId, change) {
      update(caseId, change);
    },
    caseIds: () => selectIds.all() as string[],
    caseIdsOfUnit(unitId, role) {
      return selectOfUnit.all(unitId, role) as string[];
    },
  };
}
