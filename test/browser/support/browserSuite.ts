import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from '../../support/testServer.ts';
import { type BrowserUser, launchChromium, signIn } from './browser.ts';

/** The server and the browser of one describe block. */
export interface BrowserSuite {
  readonly server: TestServer;
  readonly browser: Browser;
  /** Signs a demo user in, in a browser context of their own (see `signIn`). */
  signIn(username: string, screen?: Parameters<typeof signIn>[3]): Promise<BrowserUser>;
}

/**
 * Starts a real server with the small demo and a headless Chromium before the tests of the
 * calling describe block, and closes both after them. Call it at the top of the block.
 */
export function useBrowserSuite(): BrowserSuite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 30_000);
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} has not started`);
    return value;
  };
  return {
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
    signIn(username, screen) {
      return signIn(
        started(browser, 'browser'),
        started(server, 'server').server.url,
        username,
        screen,
      );
    },
  };
}
