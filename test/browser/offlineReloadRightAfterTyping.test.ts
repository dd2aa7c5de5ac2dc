import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/testServer.ts';
import {
  documentText,
  ensureServiceWorker,
  goOffline,
  launchChromium,
  openCase,
  sectionEditor,
  signIn,
  waitForStatus,
} from './support/browser.ts';

/**
 * Offline, the last keystrokes before a reload (or a closed tab) existed only in memory while the
 * persistence buffered writes for 300 ms; a reload right after typing lost them. Updates are now
 * written at once (flushDelayMs 0), and this test keeps it so.
 */
describe('offline keystrokes right before a reload', () => {
  let server: TestServer;
  let browser: Browser;
  const typed = '最后几个字';
  let afterReload = '';

  // The whole scenario runs here; the test itself only compares the text.
  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
    const handler = await signIn(browser, server.server.url, 'handler');
    const page = handler.page;
    await openCase(page, 'demo-0001');
    await ensureServiceWorker(page);
    await waitForStatus(page, /^已同步/);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await goOffline(handler);
    await sectionEditor(page, '事实与调查').click();
    await page.keyboard.type(typed, { delay: 10 });
    expect(await documentText(page, '事实与调查')).toBe(typed);
    await page.reload();
    await sectionEditor(page, '事实与调查').waitFor();
    // The registration (stored long before) proves the local copy loaded.
    await page.getByRole('heading', { name: '河东区幸福小区拆迁安置补偿未落实' }).waitFor();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    afterReload = await documentText(page, '事实与调查');
    expect(handler.pageErrors).toEqual([]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 30_000);

  it('are still there after the reload', () => {
    expect(afterReload).toBe(typed);
  });
});
