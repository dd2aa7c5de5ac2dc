import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/testServer.ts';

interface Page {
  items: { caseId: string }[];
  total: number;
}

describe('GET /api/cases on the running server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  async function list(username: string, query = ''): Promise<Page> {
    const token = await server.login(username);
    const response = await fetch(`${server.server.url}/api/cases${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Page;
  }

  it('lists the seeded cases a handler’s unit works on', async () => {
    const page = await list('handler');
    expect(page.items.map((item) => item.caseId).sort()).toEqual(['demo-0001', 'demo-0002']);
    expect(page.total).toBe(2);
  });

  it('finds a case by a two-character word of its text', async () => {
    const page = await list('handler', `?q=${encodeURIComponent('拆迁')}`);
    expect(page.items.map((item) => item.caseId)).toEqual(['demo-0001']);
  });

  it('never shows the accused unit the case that accuses it, not even in the total', async () => {
    const page = await list('accused');
    expect(page.items.map((item) => item.caseId)).not.toContain('demo-0002');
    expect(page.total).toBe(page.items.length);
    const search = await list('accused', `?q=${encodeURIComponent('偷排')}`);
    expect(search.total).toBe(0);
  });

  it('refuses an anonymous caller', async () => {
    const response = await fetch(`${server.server.url}/api/cases`);
    expect(response.status).toBe(401);
  });
});
