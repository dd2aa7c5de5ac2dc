import type { AppDatabase } from '../db/openAppDatabase.ts';

/** What the access policy needs to know about a case. */
export interface CaseAccessFacts {
  readonly caseId: string;
  readonly divisionCode: string;
  readonly registeringUnitId: string;
  readonly state: string;
  readonly leadUnitId: string | null;
  readonly coHandlingUnitIds: readonly string[];
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
}

/** The case directory: who may see a case, kept by the server. */
export interface CaseDirectory {
  accessFacts(caseId: string): CaseAccessFacts | null;
  create(entry: NewCaseEntry, now: Date): void;
  /** Sets the state and replaces the lead and co-handling units (in the caller's transaction, if any). */
  update(caseId: string, update: CaseEntryUpdate): void;
  /** Ids of the cases a unit leads or co-handles. */
  caseIdsOfUnit(unitId: string, role: 'lead' | 'co'): string[];
}

/** Creates the case directory over the app database. */
export function createCaseDirectory(db: AppDatabase): CaseDirectory {
  const selectCase = db.prepare(
    'SELECT id, division_code, registering_unit_id, state FROM cases WHERE id = ?',
  );
  const selectUnits = db.prepare('SELECT unit_id, role FROM case_units WHERE case_id = ?');
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
  const updateState = db.prepare('UPDATE cases SET state = ? WHERE id = ?');
  const deleteUnits = db.prepare('DELETE FROM case_units WHERE case_id = ?');
  const selectOfUnit = db
    .prepare('SELECT case_id FROM case_units WHERE unit_id = ? AND role = ? ORDER BY case_id')
    .pluck();
  const update = db.transaction((caseId: string, change: CaseEntryUpdate) => {
    updateState.run(change.state, caseId);
    deleteUnits.run(caseId);
    if (change.leadUnitId) insertUnit.run(caseId, change.leadUnitId, 'lead');
    for (const unitId of change.coHandlingUnitIds) {
      if (unitId !== change.leadUnitId) insertUnit.run(caseId, unitId, 'co');
    }
  });
  return {
    accessFacts(caseId) {
      const row = selectCase.get(caseId) as
        | { id: string; division_code: string; registering_unit_id: string; state: string }
        | undefined;
      if (!row) return null;
      const units = selectUnits.all(caseId) as { unit_id: string; role: 'lead' | 'co' }[];
      const accused = selectAccused.all(caseId) as {
        unit_id: string | null;
        user_id: string | null;
      }[];
      return {
        caseId: row.id,
        divisionCode: row.division_code,
        registeringUnitId: row.registering_unit_id,
        state: row.state,
        leadUnitId: units.find((unit) => unit.role === 'lead')?.unit_id ?? null,
        coHandlingUnitIds: units.filter((unit) => unit.role === 'co').map((unit) => unit.unit_id),
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
    caseIdsOfUnit(unitId, role) {
      return selectOfUnit.all(unitId, role) as string[];
    },
  };
}
