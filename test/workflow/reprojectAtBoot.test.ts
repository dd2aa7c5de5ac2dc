import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServer } from '@lianban/server';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/testServer.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'lianban-reproject-'));

async function listIds(url: string, token: string): Promise<string[]> {
  const response = await fetch(`${url}/api/cases?limit=100`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  const page = (await response.json()) as { items: { caseId: string }[] };
  return page.items.map((item) => item.caseId).sort();
}

/** Opens the data directory without serving, to look at or change what a server left. */
async function withParts<T>(change: (parts: ReturnType<typeof composeServer>) => T): Promise<T> {
  const parts = composeServer({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', SEED_DEMO: 'none' });
  try {
    return change(parts);
  } finally {
    await parts.store.close();
    parts.db.close();
  }
}

/**
 * The case index is derived data: a schema change drops it, and the next boot rebuilds it (and
 * the case directory's units) from the event logs before serving, so no case goes missing from
 * anyone's list. An ordinary restart rebuilds nothing.
 */
describe('derived data rebuilt at boot after a schema change', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('lists the same cases after the index was dropped', async () => {
    const first = await startTestServer({ DATA_DIR: dataDir });
    const before = await listIds(first.server.url, await first.login('handler'));
    expect(before.length).toBeGreaterThan(0);
    await first.server.close();

    // An ordinary restart finds the index of this schema: nothing to rebuild.
    expect(await withParts((parts) => parts.caseIndex.createdEmpty)).toBe(false);

    // What an older version would leave: an index of another schema, no unit rows.
    await withParts((parts) => {
      parts.db.exec("UPDATE case_index_meta SET value = '0' WHERE key = 'schema'");
      parts.db.exec('DELETE FROM case_units');
    });

    // No seeding here: the database already has its users.
    const second = await startTestServer({ DATA_DIR: dataDir });
    try {
      expect(await listIds(second.server.url, await second.login('handler'))).toEqual(before);
    } finally {
      await second.server.close();
    }
  }, 60_000);
});
