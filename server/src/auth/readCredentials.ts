import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';

/** The cookie that carries a browser session. */
export const sessionCookie = 'lianban_session';

/**
 * The session token of a request: a bearer header, the session cookie, or (for sockets, whose
 * browser API cannot set headers) the `token` query parameter that y-websocket's `params` sends.
 */
export function readCredentials(c: Context): string | null {
  const header = c.req.header('authorization');
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  const cookie = getCookie(c, sessionCookie);
  if (cookie) return cookie;
  return c.req.query('token') ?? null;
}
