import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/testServer.ts';
import {
  documentText,
  launchChromium,
  openCase,
  sectionEditor,
  signIn,
  typeText,
  waitForStatus,
} from './support/browser.ts';

/**
 * After a restart a document is one stored snapshot, and a device that has never opened it gets
 * that snapshot as it lies on disk and no sync step 1 from the server (PROTOCOL.md). What it
 * types must still be confirmed as stored: the status reaches 已同步.
 */
describe('a first open of a document stored as one snapshot', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lianban-first-open-'));
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    // The first run seeds the demo; closing stores each document as one snapshot.
    const first = await startTestServer({ DATA_DIR: dataDir });
    await first.server.close();
    server = await startTestServer({ DATA_DIR: dataDir });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  it('confirms what the device types as stored', async () => {
    const { page, pageErrors } = await signIn(browser, server.server.url, 'handler');
    await openCase(page, 'demo-0001');
    await waitForStatus(page, /^已同步/);
    await sectionEditor(page, '事实与调查').click();
    await typeText(page, '重启后第一次打开');
    // Typing started 同步中 with the first character; confirmed, it turns 已同步.
    expect(await page.getByTestId('sync-status').textContent()).toMatch(/同步中/);
    await waitForStatus(page, /^已同步/, 15_000);
    expect(await documentText(page, '事实与调查')).toContain('重启后第一次打开');
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
