import type { UserDirectory } from '../auth/userDirectory.ts';
import type { UnitDirectory } from '../cases/unitDirectory.ts';
import { demoPassword, demoUnits, demoUsers } from './demoOrganisation.ts';

/** Creates the demo units and one account per demo user. */
export async function demoOrganisationSeed(
  units: UnitDirectory,
  users: UserDirectory,
): Promise<void> {
  for (const unit of demoUnits) units.create(unit);
  for (const user of demoUsers) await users.create({ ...user, password: demoPassword }, new Date());
}
