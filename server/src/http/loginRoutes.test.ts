import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeServer, type ServerParts } from '../composeServer.ts';

const password = 'correct horse 电池';

async function post(
  parts: ServerParts,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return parts.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('login, session and logout', () => {
  let parts: ServerParts;
  beforeEach(async () => {
    parts = composeServer({ inMemory: true, LOG_LEVEL: 'silent' });
    parts.fixtures.createUnit({ unitId: 'u1', name: '测试单位' });
    await parts.fixtures.createUser({ username: 'li', password, role: 'handler', unitId: 'u1' });
  });
  afterEach(async () => {
    await parts.store.close();
    parts.db.close();
  });

  it('answers a token that authenticates the API and sets an http-only cookie', async () => {
    const response = await post(parts, '/api/auth/login', { username: 'li', password });
    expect(response.status).toBe(200);
    const { token } = (await response.json()) as { token: string };
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(response.headers.get('set-cookie')).toMatch(/lianban_session=.*HttpOnly/);
    const me = await parts.app.request('/api/me', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ username: 'li', role: 'handler', unitId: 'u1' });
  });

  it('refuses a wrong password with a stable code and both languages', async () => {
    const response = await post(parts, '/api/auth/login', { username: 'li', password: 'wrong' });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: {
        code: 'bad-credentials',
        message: { zh: '用户名或密码错误', en: 'Wrong username or password' },
      },
    });
    const unknown = await post(parts, '/api/auth/login', { username: 'nobody', password: 'x' });
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe(
      'bad-credentials',
    );
  });

  it('validates the body', async () => {
    const response = await post(parts, '/api/auth/login', { username: '', password: 3 });
    expect(response.status).toBe(400);
    const text = await parts.app.request('/api/auth/login', { method: 'POST', body: 'not json' });
    expect(text.status).toBe(400);
  });

  it('locks the account after five failures, even for the right password', async () => {
    for (let i = 0; i < 5; i++)
      await post(parts, '/api/auth/login', { username: 'li', password: 'wrong' });
    const response = await post(parts, '/api/auth/login', { username: 'li', password });
    expect(response.status).toBe(423);
  });

  it('logout revokes the token', async () => {
    const { token } = (await (
      await post(parts, '/api/auth/login', { username: 'li', password })
    ).json()) as {
      token: string;
    };
    const out = await post(parts, '/api/auth/logout', {}, { authorization: `Bearer ${token}` });
    expect(out.status).toBe(204);
    const me = await parts.app.request('/api/me', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.status).toBe(401);
  });

  it('serves health and Prometheus metrics', async () => {
    expect(await (await parts.app.request('/healthz')).json()).toEqual({ status: 'ok' });
    const metrics = await (await parts.app.request('/metrics')).text();
    expect(metrics).toContain('# TYPE lianban_connections gauge');
    expect(metrics).toContain('lianban_open_documents 0');
  });
});

describe('password change', () => {
  let parts: ServerParts;
  beforeEach(async () => {
    parts = composeServer({ inMemory: true, LOG_LEVEL: 'silent' });
    parts.fixtures.createUnit({ unitId: 'u1', name: '测试单位' });
    await parts.fixtures.createUser({ username: 'li', password, role: 'handler', unitId: 'u1' });
  });
  afterEach(async () => {
    await parts.store.close();
    parts.db.close();
  });

  async function token(secret = password): Promise<string> {
    const response = await post(parts, '/api/auth/login', { username: 'li', password: secret });
    return ((await response.json()) as { token: string }).token;
  }

  it('changes the password, ends the other sessions and audits it', async () => {
    const other = await token();
    const mine = await token();
    const newPassword = 'Autumn-leaves-2027';
    const response = await post(
      parts,
      '/api/auth/password',
      { currentPassword: password, newPassword },
      { authorization: `Bearer ${mine}` },
    );
    expect(response.status).toBe(200);
    const me = await parts.app.request('/api/me', {
      headers: { authorization: `Bearer ${other}` },
    });
    expect(me.status).toBe(401);
    expect((await post(parts, '/api/auth/login', { username: 'li', password })).status).toBe(401);
    expect(
      (await post(parts, '/api/auth/login', { username: 'li', password: newPassword })).status,
    ).toBe(200);
    expect(parts.audit.list({}).items.some((item) => item.action === 'password.changed')).toBe(
      true,
    );
  });

  it('refuses a wrong current password and a weak new one', async () => {
    const mine = await token();
    const headers = { authorization: `Bearer ${mine}` };
    const wrong = await post(
      parts,
      '/api/auth/password',
      { currentPassword: 'nope', newPassword: 'Autumn-leaves-2027' },
      headers,
    );
    expect(wrong.status).toBe(401);
    const weak = await post(
      parts,
      '/api/auth/password',
      { currentPassword: password, newPassword: 'short' },
      headers,
    );
    expect(weak.status).toBe(422);
    expect(((await weak.json()) as { error: { code: string } }).error.code).toBe(
      'password-too-short',
    );
  });
});
