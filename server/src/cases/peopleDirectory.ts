import type { AppDatabase } from '../db/openAppDatabase.ts';

/** A person of a unit as a form offers them: their account's id and display name. */
export interface UnitPerson {
  readonly userId: string;
  readonly name: string;
}

/**
 * Who works in each unit, read from the user accounts (every account counts: accounts have no
 * deactivated state). Holds no case data.
 */
export interface PeopleDirectory {
  /** The people of a unit, sorted by name (pinyin order for Chinese names), then by id. */
  ofUnit(unitId: string): UnitPerson[];
  /** The unit of an account, or `null` when there is no such account. */
  unitOf(userId: string): string | null;
}

const byName = new Intl.Collator('zh-CN');

/** Creates the people directory over the app database. */
export function createPeopleDirectory(db: AppDatabase): PeopleDirectory {
  const selectOfUnit = db.prepare(
    'SELECT id AS userId, display_name AS name FROM users WHERE unit_id = ?',
  );
  const selectUnit = db.prepare('SELECT unit_id FROM users WHERE id = ?').pluck();
  return {
    ofUnit(unitId) {
      const people = selectOfUnit.all(unitId) as UnitPerson[];
      return people.sort(
        (a, b) => byName.compare(a.name, b.name) || (a.userId < b.userId ? -1 : 1),
      );
    },
    unitOf(userId) {
      return (selectUnit.get(userId) as string | undefined) ?? null;
    },
  };
}
