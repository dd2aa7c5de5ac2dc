import type { AdminLevel, Role } from '@lianban/case-model';
import type { SessionStore } from '../auth/sessionStore.ts';
import type { UserDirectory } from '../auth/userDirectory.ts';
import type { CaseDirectory, NewCaseEntry } from '../cases/caseDirectory.ts';
import type { UnitDirectory } from '../cases/unitDirectory.ts';
import type { AppDatabase } from '../db/openAppDatabase.ts';

/** Direct writers for tests, benchmarks and the seed: they bypass the API, never the policy. */
export interface Fixtures {
  createUnit(unit: {
    unitId: string;
    name: string;
    divisionCode?: string;
    level?: AdminLevel;
    type?: string;
    parentId?: string;
  }): void;
  createUser(user: {
    username: string;
    password: string;
    role: Role;
    unitId: string;
    displayName?: string;
  }): Promise<string>;
  createCase(entry: Partial<NewCaseEntry> & { caseId: string; leadUnitId?: string }): void;
  issueToken(username: string): Promise<string>;
}

/** Creates the fixtures over the server's directories. */
export function createFixtures(deps: {
  db: AppDatabase;
  users: UserDirectory;
  units: UnitDirectory;
  cases: CaseDirectory;
  sessions: SessionStore;
}): Fixtures {
  return {
    createUnit(unit) {
      deps.units.create({
        id: unit.unitId,
        name: unit.name,
        divisionCode: unit.divisionCode ?? '990000',
        level: unit.level ?? 'province',
        type: unit.type ?? 'petitionBureau',
        parentId: unit.parentId ?? null,
      });
    },
    async createUser(user) {
      const account = await deps.users.create(user, new Date());
      return account.id;
    },
    createCase(entry) {
      const registeringUnitId = entry.registeringUnitId ?? entry.leadUnitId;
      if (!registeringUnitId) throw new Error('createCase needs a registering or lead unit');
      deps.cases.create(
        {
          divisionCode: entry.divisionCode ?? '990000',
          registeringUnitId,
          state: entry.state ?? (entry.leadUnitId ? 'ACCEPTED' : 'REGISTERED'),
          ...entry,
        },
        new Date(),
      );
    },
    async issueToken(username) {
      const account = deps.users.findByUsername(username);
      if (!account) throw new Error(`No user ${username}`);
      return deps.sessions.issue(account.id);
    },
  };
}
