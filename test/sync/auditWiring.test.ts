import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRaw } from '../support/rawClient.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';

type Item = {
  action: string;
  outcome: string;
  actor: { username: string | null; userId: string | null };
  sourceAddress: string | null;
  document: string | null;
  caseId: string | null;
};

describe('audit wiring (scratch)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.stop());

  it('records logins, document opens and refusals, readable by a supervisor', async () => {
    const handler = await server.login('handler');
    const bad = await fetch(`${server.server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'nobody', password: 'x' }),
    });
    expect(bad.status).toBe(401);
    const accused = await server.login('accused');
    const ok = connectRaw(server.syncUrl, 'case/demo-0002/file', handler);
    await ok.opened;
    const refused = connectRaw(server.syncUrl, 'case/demo-0002/file', accused);
    await refused.closed;
    ok.terminate();
    await fetch(`${server.server.url}/api/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${handler}` },
    });
    const supervisor = await server.login('supervisor');
    const page = (await (
      await fetch(`${server.server.url}/api/audit?limit=20`, {
        headers: { authorization: `Bearer ${supervisor}` },
      })
    ).json()) as { items: Item[] };
    console.log(
      page.items
        .map((i) => `${i.action} ${i.outcome} ${i.actor.username} ${i.sourceAddress} ${i.document}`)
        .join('\n'),
    );
    const actions = page.items.map((i) => `${i.action}:${i.outcome}`).reverse();
    expect(actions).toEqual([
      'login.succeeded:allowed',
      'login.failed:denied',
      'login.succeeded:allowed',
      'document.opened:allowed',
      'document.refused:denied',
      'logout:allowed',
      'login.succeeded:allowed',
    ]);
    expect(page.items.every((i) => i.sourceAddress === '127.0.0.1')).toBe(true);
    const verify = await (
      await fetch(`${server.server.url}/api/audit/verify`, {
        method: 'POST',
        headers: { authorization: `Bearer ${supervisor}` },
      })
    ).json();
    expect(verify).toMatchObject({ ok: true });
  });
});
