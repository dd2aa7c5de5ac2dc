import type { Browser, Page } from 'playwright-core';
import {
  documentText,
  ensureServiceWorker,
  openCase,
  waitForStatus,
} from '../../browser/support/browser.ts';
import { benchUser, expectFirstEditorText, type ProbeWindow, sleep } from './benchPage.ts';

/** Load times of one series, ms from navigation start. */
export interface WarmLoadFigures {
  /** First visit to the case page (nothing cached but the app, which the login page loaded). */
  readonly coldMs: number;
  /** Second and later visits, online: service worker and PouchDB warm. */
  readonly warmOnlineMs: number[];
  /** The same, with the network off. */
  readonly warmOfflineMs: number[];
  /** Whether every warm visit was served by the service worker. */
  readonly controlled: boolean;
}

async function timeVisit(page: Page, url: string): Promise<{ ms: number; controlled: boolean }> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => (globalThis as unknown as ProbeWindow).lianbanBenchEditableAt !== undefined,
    null,
    { timeout: 30_000, polling: 100 },
  );
  return page.evaluate(() => {
    const w = globalThis as unknown as ProbeWindow & {
      navigator: { serviceWorker?: { controller: unknown } };
    };
    return {
      ms: w.lianbanBenchEditableAt ?? Number.NaN,
      controlled: w.navigator.serviceWorker?.controller != null,
    };
  });
}

/**
 * (a) Time to an editable case page: navigation start until the first section's editor is
 * contenteditable and holds the document's text. Cold once, then `runs` warm visits online
 * and `runs` offline.
 */
export async function measureWarmLoad(
  browser: Browser,
  baseUrl: string,
  caseId: string,
  runs: number,
): Promise<WarmLoadFigures> {
  const user = await benchUser(browser, baseUrl, 'handler');
  try {
    const { page, context } = user;
    const url = `${baseUrl}/cases/${caseId}`;
    // The first section's text, learnt once (the bench cannot know it before the page does).
    await openCase(page, caseId);
    const firstText = (await documentText(page, '诉求')).slice(0, 24);
    if (firstText.length < 8)
      throw new Error('the first section holds too little text to wait for');

    // Cold: a fresh context that has loaded the app but never opened the case.
    const cold = await benchUser(browser, baseUrl, 'handler');
    let coldMs: number;
    try {
      await expectFirstEditorText(cold.page, firstText);
      coldMs = (await timeVisit(cold.page, url)).ms;
    } finally {
      await cold.context.close();
    }

    await ensureServiceWorker(page);
    await waitForStatus(page, /^已同步/);
    await sleep(1_000); // let PouchDB finish writing what arrived
    await expectFirstEditorText(page, firstText);
    let controlled = true;
    const warmOnlineMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const visit = await timeVisit(page, url);
      warmOnlineMs.push(visit.ms);
      controlled &&= visit.controlled;
      await sleep(300);
    }
    await context.setOffline(true);
    const warmOfflineMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const visit = await timeVisit(page, url);
      warmOfflineMs.push(visit.ms);
      controlled &&= visit.controlled;
      await sleep(300);
    }
    await context.setOffline(false);
    return { coldMs, warmOnlineMs, warmOfflineMs, controlled };
  } finally {
    await user.context.close();
  }
}
