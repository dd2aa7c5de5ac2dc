import type { AdminLevel } from '@lianban/case-model';
import type { AppDatabase } from '../db/openAppDatabase.ts';

/** A unit of the organisation (a department at one level of one division). */
export interface Unit {
  readonly id: string;
  readonly name: string;
  readonly divisionCode: string;
  readonly level: AdminLevel;
  readonly type: string;
  readonly parentId: string | null;
}

/** Reads and writes units. */
export interface UnitDirectory {
  create(unit: Unit): void;
  get(id: string): Unit | null;
  /** Every unit, by id. */
  list(): Unit[];
}

interface UnitRow {
  id: string;
  name: string;
  division_code: string;
  level: AdminLevel;
  type: string;
  parent_id: string | null;
}

const unitOf = (row: UnitRow): Unit => ({
  id: row.id,
  name: row.name,
  divisionCode: row.division_code,
  level: row.level,
  type: row.type,
  parentId: row.parent_id,
});

/** Creates the unit directory over the app database. */
export function createUnitDirectory(db: AppDatabase): UnitDirectory {
  const insert = db.prepare(
    'INSERT INTO units (id, name, division_code, level, type, parent_id) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const select = db.prepare('SELECT * FROM units WHERE id = ?');
  const selectAll = db.prepare('SELECT * FROM units ORDER BY id');
  return {
    create(unit) {
      insert.run(unit.id, unit.name, unit.divisionCode, unit.level, unit.type, unit.parentId);
    },
    get(id) {
      const row = select.get(id) as UnitRow | undefined;
      return row ? unitOf(row) : null;
    },
    list: () => (selectAll.all() as UnitRow[]).map(unitOf),
  };
}
