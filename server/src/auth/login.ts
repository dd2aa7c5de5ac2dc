import { verifyPassword } from './passwordHash.ts';
import type { SessionStore } from './sessionStore.ts';
import type { UserDirectory } from './userDirectory.ts';

/** Lock-out policy: this many failures in a row lock the account for `lockMs`. */
export interface LockoutPolicy {
  readonly maxFailures: number;
  readonly lockMs: number;
}

export const defaultLockoutPolicy: LockoutPolicy = { maxFailures: 5, lockMs: 15 * 60_000 };

/** The result of a login attempt; failures do not reveal whether the user exists. */
export type LoginResult =
  | { readonly ok: true; readonly token: string; readonly userId: string }
  | { readonly ok: false; readonly code: 'bad-credentials' | 'locked' };

/** Checks a username and password, applying the lock-out policy, and issues a session. */
export async function login(
  deps: { users: UserDirectory; sessions: SessionStore; lockout?: LockoutPolicy; now?: () => Date },
  username: string,
  password: string,
): Promise<LoginResult> {
  const now = deps.now?.() ?? new Date();
  const lockout = deps.lockout ?? defaultLockoutPolicy;
  const account = deps.users.findByUsername(username);
  if (!account) {
    // Same cost as a real check, so timing does not tell which usernames exist.
    await verifyPassword(dummyHash, password);
    return { ok: false, code: 'bad-credentials' };
  }
  if (account.lockedUntil && account.lockedUntil > now.toISOString()) {
    return { ok: false, code: 'locked' };
  }
  if (!(await verifyPassword(account.passwordHash, password))) {
    const failures = account.failedLogins + 1;
    const lockedUntil =
      failures >= lockout.maxFailures
        ? new Date(now.getTime() + lockout.lockMs).toISOString()
        : null;
    deps.users.recordFailure(account.id, lockedUntil);
    return { ok: false, code: lockedUntil ? 'locked' : 'bad-credentials' };
  }
  deps.users.recordSuccess(account.id);
  return { ok: true, token: deps.sessions.issue(account.id), userId: account.id };
}

const dummyHash =
  '$argon2id$v=19$m=19456,t=2,p=1$+gNy1NG4GsQNEb1od0Sfvg$bQOGbEMqru7Sds9WUeNDCkUE7mh7PYOSfTZ0BIn2KSU';
