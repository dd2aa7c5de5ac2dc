import type { UserDirectory } from '../../auth/userDirectory.ts';
import type { UnitDirectory } from '../../cases/unitDirectory.ts';
import type { AppDatabase } from '../../db/openAppDatabase.ts';
import type { DemoPlan } from './planDemo.ts';

/**
 * Creates the province's units and the generated staff accounts that are not there yet (the
 * hand-written demo units and accounts come first, from the small seed). Every generated account
 * gets the demo password; its argon2id hash is computed once and shared, which is acceptable for
 * demo accounts only (the password is published in the README): hashing some 600 accounts one by
 * one would take most of a minute.
 */
export function seedOrganisation(
  deps: { db: AppDatabase; units: UnitDirectory; users: UserDirectory },
  plan: DemoPlan,
  passwordHash: string,
  createdAt: string,
): { units: number; accounts: number } {
  const insertUser = deps.db.prepare(`INSERT INTO users
    (id, username, display_name, password_hash, role, unit_id, division_code, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  let units = 0;
  let accounts = 0;
  deps.db.transaction(() => {
    for (const unit of plan.units) {
      if (deps.units.get(unit.id)) continue;
      deps.units.create(unit);
      units++;
    }
    for (const account of plan.staff.accounts) {
      if (deps.users.findByUsername(account.username)) continue;
      const unit = deps.units.get(account.unitId);
      if (!unit) throw new Error(`demo generator: no unit ${account.unitId}`);
      insertUser.run(
        `user-${account.username}`,
        account.username,
        account.displayName,
        passwordHash,
        account.role,
        account.unitId,
        unit.divisionCode,
        createdAt,
      );
      accounts++;
    }
  })();
  return { units, accounts };
}
