import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { type BrowserUser, signIn } from '../../browser/support/browser.ts';

const probes = fileURLToPath(new URL('./pageProbes.js', import.meta.url));

/** A signed-in user whose pages carry the bench probes (pageProbes.js). */
export async function benchUser(
  browser: Browser,
  baseUrl: string,
  username: string,
): Promise<BrowserUser> {
  const user = await signIn(browser, baseUrl, username);
  await user.context.addInitScript({ path: probes });
  return user;
}

/** Runs a function against a global the probes define, in the page. */
export type ProbeWindow = {
  lianbanBenchEditableAt?: number;
  lianbanBenchKeys: {
    watch(label: string): boolean;
    after(count: number): Promise<number>;
    samples(): KeySample[];
    longTasks(since: number): { duration: number; start: number }[];
    textLength(label: string): number;
  };
  sessionStorage: { setItem(key: string, value: string): void; removeItem(key: string): void };
};

/** One keystroke as the page measured it (ms from the event's timestamp). */
export interface KeySample {
  readonly kind: 'keydown' | 'beforeinput';
  readonly t0: number;
  /** Input delay: the event's first listener (the probe's, capturing on the document) ran. */
  readonly delay: number;
  /** The editor's DOM changed. */
  readonly dom: number;
  /** The next requestAnimationFrame callback ran. */
  readonly raf: number;
  /** That frame was produced (a message posted from the callback arrived). */
  readonly frame: number;
}

/** Sets (or clears, with null) the text the load probe waits for in the first editor. */
export function expectFirstEditorText(page: Page, text: string | null): Promise<void> {
  return page.evaluate((value) => {
    const storage = (globalThis as unknown as ProbeWindow).sessionStorage;
    if (value === null) storage.removeItem('lianban.bench.expect');
    else storage.setItem('lianban.bench.expect', value);
  }, text);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A progress line on stderr (the tables go to stdout). */
export function progress(message: string): void {
  process.stderr.write(`[client bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}
