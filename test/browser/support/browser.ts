import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';

/** The chromium binary: `CHROMIUM_PATH`, else the system one. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const clientDist = fileURLToPath(new URL('../../../client/dist/index.html', import.meta.url));
const pageHelpers = fileURLToPath(new URL('./pageHelpers.js', import.meta.url));
const artifacts = fileURLToPath(new URL('../../artifacts/browser/', import.meta.url));

/** The demo password every seeded user has. */
export const demoPassword = 'Lianban-demo-2026';

/** Fails early and clearly when the browser tests cannot run here. */
export function assertBrowserTestsCanRun(): void {
  if (!existsSync(clientDist)) {
    throw new Error('client/dist is missing: run `pnpm build:client` before the browser tests');
  }
  if (!existsSync(chromiumPath)) {
    throw new Error(`no Chromium at ${chromiumPath}: set CHROMIUM_PATH`);
  }
}

/** A headless Chromium with the flags the project's sandbox needs. */
export function launchChromium(): Promise<Browser> {
  assertBrowserTestsCanRun();
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The in-page helpers of `pageHelpers.js`, as the test calls them through `page.evaluate`. */
export interface PageHelpers {
  socketStates(): number[];
  closeSockets(): number;
  select(label: string, text: string, caretAfter: boolean): boolean;
  documentText(label: string): string | null;
  highlightedText(label: string, threadId: string): string | null;
  caretLabels(label: string): string[];
  controlled(): boolean;
}

type HelperWindow = { lianbanTest: PageHelpers };

/** One signed-in user: a browser context of their own (own storage, service worker, IndexedDB). */
export interface BrowserUser {
  readonly username: string;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught exceptions thrown in the page. */
  readonly pageErrors: string[];
}

/**
 * Opens a fresh context (a laptop screen unless `screen` says otherwise), signs `username` in
 * through the login page and waits for the shell.
 */
export async function signIn(
  browser: Browser,
  baseUrl: string,
  username: string,
  screen: { width: number; height: number; touch?: boolean } = { width: 1366, height: 900 },
): Promise<BrowserUser> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: screen.width, height: screen.height },
    hasTouch: screen.touch ?? false,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  await context.addInitScript({ path: pageHelpers });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(`${username}: ${error.message}`));
  await page.goto('/');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(demoPassword);
  await page.getByRole('button', { name: '登录' }).click();
  // The signed-in shell (the start page may be the case list or an inbox).
  await page.getByRole('button', { name: '退出登录' }).waitFor();
  return { username, context, page, pageErrors };
}

/** The editor of a section (`事实与调查`…), editable or read-only. */
export function sectionEditor(page: Page, section: string): Locator {
  return page.getByRole('textbox', { name: new RegExp(`^${section}正文(（只读）)?$`) });
}

/** The accessible name of a section's editor as the page gives it. */
export async function editorLabel(page: Page, section: string): Promise<string> {
  const label = await sectionEditor(page, section).getAttribute('aria-label');
  if (!label) throw new Error(`the ${section} editor has no aria-label`);
  return label;
}

/** Opens a case page and waits until its editors are bound (the first one holds text). */
export async function openCase(page: Page, caseId: string): Promise<void> {
  await page.goto(`/cases/${caseId}`);
  await sectionEditor(page, '事实与调查').waitFor();
}

/** The sync status text (`已同步`, `同步中`, `离线（N 条待同步）`). */
export async function syncStatus(page: Page): Promise<string> {
  return (await page.getByTestId('sync-status').locator('span').nth(1).textContent()) ?? '';
}

/** Waits until the sync status matches. */
export async function waitForStatus(page: Page, expected: RegExp, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    (source) =>
      new RegExp(source).test(
        (
          globalThis as unknown as {
            document: { querySelector(s: string): { textContent: string | null } | null };
          }
        ).document.querySelector('[data-testid=sync-status]')?.textContent ?? '',
      ),
    expected.source,
    { timeout, polling: 50 },
  );
}

/**
 * Takes the user off the network for real: offline emulation (no new connections, navigator.onLine
 * false) and every open WebSocket closed from the page, then waits for the 离线 status.
 */
export async function goOffline(user: BrowserUser): Promise<void> {
  await user.context.setOffline(true);
  await user.page.evaluate(() =>
    (globalThis as unknown as HelperWindow).lianbanTest.closeSockets(),
  );
  await user.page.waitForFunction(
    () =>
      (globalThis as unknown as HelperWindow).lianbanTest
        .socketStates()
        .every((state) => state !== 1),
    null,
    { polling: 50 },
  );
  await waitForStatus(user.page, /离线/);
}

/** Back on the network; the app reconnects by itself. */
export async function goOnline(user: BrowserUser): Promise<void> {
  await user.context.setOffline(false);
}

/**
 * Makes sure the app's service worker controls the page (it takes over from the second load),
 * so the page can be reloaded without a network.
 */
export async function ensureServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await (globalThis as unknown as { navigator: { serviceWorker: { ready: Promise<unknown> } } })
      .navigator.serviceWorker.ready;
  });
  if (
    !(await page.evaluate(() => (globalThis as unknown as HelperWindow).lianbanTest.controlled()))
  ) {
    await page.reload();
  }
  await page.waitForFunction(() =>
    (globalThis as unknown as HelperWindow).lianbanTest.controlled(),
  );
}

/** Selects `text` in a section's editor as a mouse would (focus + DOM selection). */
export async function selectText(page: Page, section: string, text: string): Promise<void> {
  const label = await editorLabel(page, section);
  const found = await page.evaluate(
    ([l, t]) => (globalThis as unknown as HelperWindow).lianbanTest.select(l, t, false),
    [label, text] as const,
  );
  if (!found) throw new Error(`"${text}" is not in the ${section} editor`);
}

/** Puts the caret right after `text` in a section's editor. */
export async function placeCaretAfter(page: Page, section: string, text: string): Promise<void> {
  const label = await editorLabel(page, section);
  const found = await page.evaluate(
    ([l, t]) => (globalThis as unknown as HelperWindow).lianbanTest.select(l, t, true),
    [label, text] as const,
  );
  if (!found) throw new Error(`"${text}" is not in the ${section} editor`);
}

/** Types text at the caret, like a person (one key event or text insertion per character). */
export async function typeText(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 15 });
}

/**
 * Comments on `quote` in a section through the UI (select, 批注, write, 保存批注) and returns
 * the new thread's id.
 */
export async function annotate(
  page: Page,
  section: string,
  quote: string,
  body: string,
): Promise<string> {
  await selectText(page, section, quote);
  const button = page
    .locator('section', { has: sectionEditor(page, section) })
    .getByRole('button', { name: '批注', exact: true });
  await expectEnabled(button);
  await button.click();
  await page.getByLabel('批注内容').fill(body);
  await page.getByRole('button', { name: '保存批注' }).click();
  const thread = annotationThread(page, quote);
  await thread.waitFor();
  const id = await thread.getAttribute('data-thread-id');
  if (!id) throw new Error('the new thread has no id');
  return id;
}

/** The thread card for a quote in the annotation panel. */
export function annotationThread(page: Page, quote: string): Locator {
  return page.getByRole('article', { name: quote, exact: true });
}

/** The text an annotation's highlight covers in a section's editor. */
export async function highlightedText(
  page: Page,
  section: string,
  threadId: string,
): Promise<string | null> {
  const label = await editorLabel(page, section);
  return page.evaluate(
    ([l, id]) => (globalThis as unknown as HelperWindow).lianbanTest.highlightedText(l, id),
    [label, threadId] as const,
  );
}

/** A section's document text as the editor shows it, paragraphs joined with '\n'. */
export async function documentText(page: Page, section: string): Promise<string> {
  const label = await editorLabel(page, section);
  const text = await page.evaluate(
    (l) => (globalThis as unknown as HelperWindow).lianbanTest.documentText(l),
    label,
  );
  if (text === null) throw new Error(`no ${section} editor`);
  return text;
}

/** The labels of other people's carets shown in a section's editor. */
export async function caretLabels(page: Page, section: string): Promise<string[]> {
  const label = await editorLabel(page, section);
  return page.evaluate(
    (l) => (globalThis as unknown as HelperWindow).lianbanTest.caretLabels(l),
    label,
  );
}

async function expectEnabled(locator: Locator, timeout = 5_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await locator.isEnabled())) {
    if (Date.now() > deadline) throw new Error('the button stayed disabled');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Polls `read` until `accept` holds; returns the last value, or throws with it after `timeout`. */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  message: string,
  timeout = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!accept(value)) {
    if (Date.now() > deadline) {
      throw new Error(`timed out: ${message} (last value: ${JSON.stringify(value)})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** Where a screenshot goes: test/artifacts/browser/<name>.png (git-ignored). */
export function artifactPath(name: string): string {
  mkdirSync(artifacts, { recursive: true });
  return `${artifacts}${name}.png`;
}
