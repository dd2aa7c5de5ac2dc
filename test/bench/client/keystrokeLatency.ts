import { appendParagraph, readSectionText } from '@lianban/case-model';
import type { Browser, Page } from 'playwright-core';
import {
  editorLabel,
  openCase,
  placeCaretAfter,
  waitForStatus,
} from '../../browser/support/browser.ts';
import { connectStockClient, eventually } from '../../support/stockClient.ts';
import type { TestServer } from '../../support/testServer.ts';
import { createRandom } from '../support/random.ts';
import { benchUser, type KeySample, type ProbeWindow, progress, sleep } from './benchPage.ts';

/** Where the caret goes in the big file: a paragraph in the middle. */
export const probeMarker = '【测点】';

const phrases = [
  '经调查核实，',
  '信访人反映的情况基本属实。',
  '拆迁安置补偿款',
  '开发单位以资金困难为由拖延交房，',
  '街道办事处多次组织协商，',
  '依据《信访工作条例》第三十一条，',
  '现场查看安置房主体已完工，',
  '尚未通过竣工验收，',
  '承办单位应当在规定期限内书面答复。',
  '信访人对处理意见表示认可。',
];

/** A paragraph of exactly `length` Chinese characters and punctuation, from a seeded source. */
function paragraph(random: ReturnType<typeof createRandom>, length: number): string {
  let text = '';
  while (text.length < length) text += phrases[random.int(phrases.length)];
  return text.slice(0, length);
}

/**
 * Writes `pages` pages of `charsPerPage` characters (five paragraphs a page) into the facts of
 * a case file through a stock y-websocket client, ten pages per update, and waits until a
 * fresh client reads all of it back from the server. Returns the facts' length in characters
 * (paragraph breaks not counted, as in the editor's DOM text).
 */
export async function seedLargeFacts(
  server: TestServer,
  caseId: string,
  pages: number,
  charsPerPage: number,
): Promise<number> {
  const room = `case/${caseId}/file`;
  const token = await server.login('handler');
  const writer = connectStockClient(server.syncUrl, room, token);
  const random = createRandom(2026);
  try {
    await writer.synced();
    const perParagraph = charsPerPage / 5;
    for (let page = 0; page < pages; page += 10) {
      writer.doc.transact(() => {
        for (let p = page; p < Math.min(pages, page + 10); p++) {
          for (let i = 0; i < 5; i++) {
            const text = paragraph(random, perParagraph);
            const marked =
              p === Math.floor(pages / 2) && i === 2
                ? probeMarker + text.slice(probeMarker.length)
                : text;
            appendParagraph(writer.doc, 'facts', marked);
          }
        }
      });
      await sleep(50); // stay well inside the per-connection message rate
    }
    const expected = readSectionText(writer.doc, 'facts').length;
    progress(`${caseId}: ${pages} pages sent (${expected} characters), waiting for the server`);
    const reader = connectStockClient(server.syncUrl, room, token);
    try {
      await eventually(
        () => readSectionText(reader.doc, 'facts').length === expected,
        'the large facts stored on the server',
        60_000,
      );
    } finally {
      reader.destroy();
      reader.doc.destroy(); // its awareness keeps a timer until the doc goes
    }
    return readSectionText(writer.doc, 'facts').replaceAll('\n', '').length;
  } finally {
    writer.destroy();
    writer.doc.destroy();
  }
}

/** Keystroke figures of one series. */
export interface KeystrokeFigures {
  readonly samples: KeySample[];
  /** Main-thread tasks of 50 ms or more during the series (ms each). */
  readonly longTasks: number[];
}

async function typeSeries(
  page: Page,
  count: number,
  press: (page: Page, i: number) => Promise<void>,
): Promise<KeystrokeFigures> {
  const since = await page.evaluate(() => performance.now());
  const before = await page.evaluate(
    () => (globalThis as unknown as ProbeWindow).lianbanBenchKeys.samples().length,
  );
  for (let i = 0; i < count; i++) {
    const waiting = page.evaluate(
      (n) => (globalThis as unknown as ProbeWindow).lianbanBenchKeys.after(n),
      before + i,
    );
    await press(page, i);
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      waiting,
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`keystroke ${i} never reached the editor's DOM`)),
          15_000,
        );
      }),
    ]).finally(() => clearTimeout(timer));
    // A brisk typist: 8–12 characters a second, so each keystroke is measured on its own.
    await sleep(80 + (i % 5) * 10);
  }
  return page.evaluate(
    ([from, start]) => {
      const keys = (globalThis as unknown as ProbeWindow).lianbanBenchKeys;
      const samples = keys.samples().slice(from);
      return {
        samples,
        longTasks: keys.longTasks(start).map((entry) => entry.duration),
      };
    },
    [before, since] as const,
  );
}

const letters = 'abcdefghijklmnopqrstuvwxyz';
const hanzi = '信访事项处理意见答复书调查核实情况属实补偿到位';

/** Latin keys (real key events) and Chinese text (inserted, as an IME commits it). */
export interface KeystrokeSeries {
  readonly latin: KeystrokeFigures;
  readonly chinese: KeystrokeFigures;
  /** The facts' length the page held when typing started. */
  readonly textLength: number;
  /** Navigation start → the facts editor holds the whole text, for this (first) visit. */
  readonly openMs: number;
}

/**
 * (b) Keystroke to paint in the facts editor of `caseId`: the caret goes after `marker` (or to
 * the end of the first paragraph), `count` Latin keys are pressed, then `count` Chinese
 * characters inserted.
 */
export async function measureKeystrokes(
  browser: Browser,
  baseUrl: string,
  caseId: string,
  count: number,
  expectedLength: number,
  marker: string | null,
): Promise<KeystrokeSeries> {
  const user = await benchUser(browser, baseUrl, 'handler');
  try {
    const { page } = user;
    const started = Date.now();
    await openCase(page, caseId);
    const label = await editorLabel(page, '事实与调查');
    await page.waitForFunction(
      ([l, n]) => (globalThis as unknown as ProbeWindow).lianbanBenchKeys.textLength(l) >= n,
      [label, expectedLength] as const,
      { timeout: 60_000, polling: 200 },
    );
    const openMs = Date.now() - started;
    progress(`${caseId}: the facts editor holds ${expectedLength}+ characters after ${openMs} ms`);
    await waitForStatus(page, /^已同步/, 60_000);
    const textLength = await page.evaluate(
      (l) => (globalThis as unknown as ProbeWindow).lianbanBenchKeys.textLength(l),
      label,
    );
    if (marker) await placeCaretAfter(page, '事实与调查', marker);
    else await page.getByRole('textbox', { name: label, exact: true }).click();
    await page.evaluate(
      (l) => (globalThis as unknown as ProbeWindow).lianbanBenchKeys.watch(l),
      label,
    );
    // Warm up (JIT, first layout of the caret's line), unmeasured.
    for (const key of 'warmup') await page.keyboard.press(key);
    await sleep(1_000);
    progress(`${caseId}: typing ${count} Latin keys`);
    const latin = await typeSeries(page, count, (p, i) =>
      p.keyboard.press(letters[i % letters.length]!),
    );
    await sleep(1_000);
    progress(`${caseId}: inserting ${count} Chinese characters`);
    const chinese = await typeSeries(page, count, (p, i) =>
      p.keyboard.insertText(hanzi[i % hanzi.length]!),
    );
    return { latin, chinese, textLength, openMs };
  } finally {
    await user.context.close();
  }
}
