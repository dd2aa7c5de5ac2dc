import type { Browser } from 'playwright-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import PouchDB from 'pouchdb-core';
import * as Y from 'yjs';
import { bundlePersistenceHarness } from './bundlePersistenceHarness.ts';
import {
  type PersistenceDeps,
  type PersistenceFigures,
  runPersistenceWorkload,
} from './persistenceWorkload.ts';

PouchDB.plugin(memoryAdapter);

const clientOffline = new URL('../../../client/src/offline/', import.meta.url);

type ClientPersistence = Pick<PersistenceDeps, 'createPersistence'>['createPersistence'];
type ReadLog = (db: unknown, name: string) => Promise<unknown[]>;

/** The workload in Node over PouchDB's memory adapter, through the client's own module. */
export async function persistenceInNode(updates: number): Promise<PersistenceFigures> {
  // Imported at run time: the client's sources are not part of the test project's type-check.
  const { createPouchPersistence } = (await import(
    new URL('createPouchPersistence.ts', clientOffline).href
  )) as { createPouchPersistence: ClientPersistence };
  const { readLog } = (await import(new URL('updateLog.ts', clientOffline).href)) as {
    readLog: ReadLog;
  };
  const databases: PouchDB[] = [];
  try {
    return await runPersistenceWorkload(
      {
        Y,
        createPersistence: createPouchPersistence,
        logLength: async (db, name) => (await readLog(db, name)).length,
        openDatabase: () => {
          const db = new PouchDB(`bench-${Math.random()}`, { adapter: 'memory' });
          databases.push(db);
          return db;
        },
        now: () => performance.now(),
      },
      updates,
    );
  } finally {
    await Promise.all(databases.map((db) => db.destroy()));
  }
}

/** What the page reports besides the figures. */
export interface BrowserPersistenceFigures extends PersistenceFigures {
  readonly adapter: string;
  readonly webLocks: boolean;
}

/**
 * The workload in Chromium over the client's own IndexedDB database (`openLocalDatabase`), in a
 * blank page on the app's origin.
 */
export async function persistenceInBrowser(
  browser: Browser,
  baseUrl: string,
  updates: number,
): Promise<BrowserPersistenceFigures> {
  const script = await bundlePersistenceHarness();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
    });
    await page.route('**/__bench/persistence', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
    );
    await page.goto(`${baseUrl}/__bench/persistence`);
    await page.addScriptTag({ content: script });
    const figures = await page.evaluate(
      (count) =>
        (
          globalThis as unknown as {
            runPersistenceBench(n: number): Promise<BrowserPersistenceFigures>;
          }
        ).runPersistenceBench(count),
      updates,
    );
    if (warnings.length > 0) throw new Error(`the page warned: ${warnings.join(' | ')}`);
    return figures;
  } finally {
    await context.close();
  }
}
