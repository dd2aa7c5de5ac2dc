import type { Browser, Page } from 'playwright-core';
import { editorLabel, openCase, placeCaretAfter } from '../../browser/support/browser.ts';
import type { TestServer } from '../../support/testServer.ts';
import { benchUser, type ProbeWindow, sleep } from './benchPage.ts';
import { probeMarker, seedLargeFacts } from './keystrokeLatency.ts';

/**
 * A handler's page on the facts of demo-0002 filled with `pages` pages of 1,500 characters (as
 * the client bench seeds it), fully loaded and settled, the caret at the probe marker and a few
 * keys typed to warm the path: ready for the keystrokes a profiling script records.
 */
export async function openLargeFactsForTyping(
  server: TestServer,
  browser: Browser,
  pages: number,
): Promise<Page> {
  const length = await seedLargeFacts(server, 'demo-0002', pages, 1_500);
  const { page } = await benchUser(browser, server.server.url, 'handler');
  await openCase(page, 'demo-0002');
  const label = await editorLabel(page, '事实与调查');
  await page.waitForFunction(
    ([l, n]) => (globalThis as unknown as ProbeWindow).lianbanBenchKeys.textLength(l) >= n,
    [label, length] as const,
    { timeout: 60_000, polling: 200 },
  );
  await sleep(3_000);
  await placeCaretAfter(page, '事实与调查', probeMarker);
  for (const key of 'warmup') await page.keyboard.press(key);
  await sleep(1_000);
  return page;
}
