import type { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { auditActorOf } from '../audit/auditActorOf.ts';
import type { AuditLog } from '../audit/createAuditLog.ts';
import { readSourceAddress, type SourceAddressOptions } from '../audit/sourceAddress.ts';
import { login } from '../auth/login.ts';
import { hashPassword, verifyPassword } from '../auth/passwordHash.ts';
import { checkNewPassword } from '../auth/passwordPolicy.ts';
import type { Principal } from '../auth/principal.ts';
import { readCredentials, sessionCookie } from '../auth/readCredentials.ts';
import type { SessionStore } from '../auth/sessionStore.ts';
import type { UserDirectory } from '../auth/userDirectory.ts';
import type { UnitDirectory } from '../cases/unitDirectory.ts';
import { apiError } from './apiError.ts';

/** The body of `POST /api/auth/password`. */
export const passwordBody = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});

export const loginBody = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});

/** `POST /api/auth/login`, `POST /api/auth/logout`, `GET /api/me`. */
export function mountLoginRoutes(
  app: Hono<{ Variables: { principal: Principal | null } }>,
  deps: {
    users: UserDirectory;
    sessions: SessionStore;
    sessionTtlMs: number;
    secureCookies: boolean;
    audit: AuditLog;
    sourceAddress?: SourceAddressOptions;
    units?: UnitDirectory;
  },
): void {
  app.post('/api/auth/login', async (c) => {
    const body = loginBody.safeParse(await c.req.json().catch(() => null));
    if (!body.success) return apiError(c, 'invalid-request', body.error.issues);
    const result = await login(deps, body.data.username, body.data.password);
    const account = deps.users.findByUsername(body.data.username);
    deps.audit.record({
      action: result.ok
        ? 'login.succeeded'
        : result.code === 'locked'
          ? 'login.locked'
          : 'login.failed',
      actor: {
        userId: account?.id ?? null,
        username: body.data.username,
        unitId: account?.unitId ?? null,
        ...(account ? { role: account.role } : {}),
      },
      sourceAddress: readSourceAddress(c, deps.sourceAddress),
      outcome: result.ok ? 'allowed' : 'denied',
    });
    if (!result.ok)
      return apiError(c, result.code === 'locked' ? 'account-locked' : 'bad-credentials');
    setCookie(c, sessionCookie, result.token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: deps.secureCookies,
      path: '/',
      maxAge: Math.floor(deps.sessionTtlMs / 1000),
    });
    return c.json({ token: result.token });
  });

  app.post('/api/auth/logout', (c) => {
    const principal = c.get('principal');
    if (principal) {
      deps.audit.record({
        action: 'logout',
        actor: auditActorOf(principal),
        sourceAddress: readSourceAddress(c, deps.sourceAddress),
        outcome: 'allowed',
      });
    }
    const token = readCredentials(c);
    if (token) deps.sessions.revoke(token);
    deleteCookie(c, sessionCookie, { path: '/' });
    return c.body(null, 204);
  });

  app.post('/api/auth/password', async (c) => {
    const principal = c.get('principal');
    if (!principal) return apiError(c, 'unauthenticated');
    const body = passwordBody.safeParse(await c.req.json().catch(() => null));
    if (!body.success) return apiError(c, 'invalid-request', body.error.issues);
    const account = deps.users.findByUsername(principal.username);
    if (!account || !(await verifyPassword(account.passwordHash, body.data.currentPassword))) {
      return apiError(c, 'bad-credentials');
    }
    const problem = checkNewPassword(body.data.newPassword, {
      username: principal.username,
      current: body.data.currentPassword,
    });
    if (problem) return apiError(c, `password-${problem}`);
    deps.users.setPasswordHash(account.id, await hashPassword(body.data.newPassword));
    // Every other session of the account ends; this one continues with a fresh token.
    deps.sessions.revokeAllOf(account.id);
    const token = deps.sessions.issue(account.id);
    deps.audit.record({
      action: 'password.changed',
      actor: auditActorOf(principal),
      sourceAddress: readSourceAddress(c, deps.sourceAddress),
      outcome: 'allowed',
    });
    setCookie(c, sessionCookie, token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: deps.secureCookies,
      path: '/',
      maxAge: Math.floor(deps.sessionTtlMs / 1000),
    });
    return c.json({ token });
  });

  app.get('/api/me', (c) => {
    const principal = c.get('principal');
    if (!principal) return apiError(c, 'unauthenticated');
    return c.json({ ...principal, unitName: deps.units?.get(principal.unitId)?.name ?? null });
  });
}
