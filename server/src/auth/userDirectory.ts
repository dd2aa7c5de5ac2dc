import { randomUUID } from 'node:crypto';
import type { Role } from '@lianban/case-model';
import type { AppDatabase } from '../db/openAppDatabase.ts';
import { hashPassword } from './passwordHash.ts';

/** A user account as stored, with what the login flow needs. */
export interface UserAccount {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly passwordHash: string;
  readonly role: Role;
  readonly unitId: string;
  readonly divisionCode: string;
  readonly failedLogins: number;
  readonly lockedUntil: string | null;
}

/** What it takes to create an account. */
export interface NewUser {
  readonly username: string;
  readonly displayName?: string;
  readonly password: string;
  readonly role: Role;
  readonly unitId: string;
  readonly id?: string;
}

/** Reads and writes user accounts. */
export interface UserDirectory {
  findByUsername(username: string): UserAccount | null;
  create(user: NewUser, now: Date): Promise<UserAccount>;
  recordFailure(userId: string, lockedUntil: string | null): void;
  recordSuccess(userId: string): void;
  /** Replaces the password hash of an account. */
  setPasswordHash(userId: string, passwordHash: string): void;
  count(): number;
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: Role;
  unit_id: string;
  division_code: string;
  failed_logins: number;
  locked_until: string | null;
}

function toAccount(row: UserRow): UserAccount {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    role: row.role,
    unitId: row.unit_id,
    divisionCode: row.division_code,
    failedLogins: row.failed_logins,
    lockedUntil: row.locked_until,
  };
}

/** Creates the user directory over the app database. */
export function createUserDirectory(db: AppDatabase): UserDirectory {
  const byUsername = db.prepare('SELECT * FROM users WHERE username = ?');
  const unitDivision = db.prepare('SELECT division_code FROM units WHERE id = ?');
  const insert = db.prepare(`INSERT INTO users
    (id, username, display_name, password_hash, role, unit_id, division_code, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const failure = db.prepare(
    'UPDATE users SET failed_logins = failed_logins + 1, locked_until = ? WHERE id = ?',
  );
  const success = db.prepare(
    'UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?',
  );
  const total = db.prepare('SELECT count(*) AS n FROM users');
  const setHash = db.prepare('UPDATE users SET password_hash = ? WHERE id = ?');
  return {
    findByUsername(username) {
      const row = byUsername.get(username) as UserRow | undefined;
      return row ? toAccount(row) : null;
    },
    async create(user, now) {
      const unit = unitDivision.get(user.unitId) as { division_code: string } | undefined;
      if (!unit) throw new Error(`Unknown unit ${user.unitId}`);
      const id = user.id ?? randomUUID();
      const passwordHash = await hashPassword(user.password);
      insert.run(
        id,
        user.username,
        user.displayName ?? user.username,
        passwordHash,
        user.role,
        user.unitId,
        unit.division_code,
        now.toISOString(),
      );
      return toAccount(byUsername.get(user.username) as UserRow);
    },
    recordFailure(userId, lockedUntil) {
      failure.run(lockedUntil, userId);
    },
    recordSuccess(userId) {
      success.run(userId);
    },
    setPasswordHash(userId, passwordHash) {
      setHash.run(passwordHash, userId);
    },
    count() {
      return (total.get() as { n: number }).n;
    },
  };
}
