import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@lianban/case-model';
import type { AppDatabase } from '../db/openAppDatabase.ts';
import type { Principal } from './principal.ts';

/** Issues, resolves and revokes session tokens; only a hash of each token is stored. */
export interface SessionStore {
  issue(userId: string): string;
  resolve(token: string): Principal | null;
  revoke(token: string): void;
  revokeAllOf(userId: string): void;
}

interface PrincipalRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  unit_id: string;
  division_code: string;
  expires_at: string;
}

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates the session store over the app database. */
export function createSessionStore(
  db: AppDatabase,
  options: { ttlMs: number; now?: () => Date },
): SessionStore {
  const now = options.now ?? (() => new Date());
  const insert = db.prepare(
    'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
  );
  const select = db.prepare(`
    SELECT u.id, u.username, u.display_name, u.role, u.unit_id, u.division_code, s.expires_at
    FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?`);
  const remove = db.prepare('DELETE FROM sessions WHERE token_hash = ?');
  const removeUser = db.prepare('DELETE FROM sessions WHERE user_id = ?');
  return {
    issue(userId) {
      const token = randomBytes(32).toString('base64url');
      const issuedAt = now();
      const expiresAt = new Date(issuedAt.getTime() + options.ttlMs);
      insert.run(hashToken(token), userId, issuedAt.toISOString(), expiresAt.toISOString());
      return token;
    },
    resolve(token) {
      if (!tokenPattern.test(token)) return null;
      const row = select.get(hashToken(token)) as PrincipalRow | undefined;
      if (!row) return null;
      if (row.expires_at <= now().toISOString()) {
        remove.run(hashToken(token));
        return null;
      }
      return {
        userId: row.id,
        username: row.username,
        displayName: row.display_name,
        role: row.role,
        unitId: row.unit_id,
        divisionCode: row.division_code,
      };
    },
    revoke(token) {
      remove.run(hashToken(token));
    },
    revokeAllOf(userId) {
      removeUser.run(userId);
    },
  };
}
