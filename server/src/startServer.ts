import { CloseCode } from '@lianban/sync';
import { composeServer, type ServerOptions } from './composeServer.ts';
import { listenHttp } from './listenHttp.ts';
import { logProgress } from './observability/logProgress.ts';
import type { Fixtures } from './seed/fixtures.ts';
import { demoSeedLevel, seedDemo } from './seed/seedDemo.ts';
import { warmOpenPath } from './warmOpenPath.ts';
import { reprojectAllCases } from './workflow/reprojectAllCases.ts';

export type { ServerOptions } from './composeServer.ts';

/** A running server. */
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly fixtures: Fixtures;
  /** Stops accepting, flushes every document, closes sockets with 1001. */
  close(): Promise<void>;
}

/** Builds and starts the server; `PORT: 0` picks a free port. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const parts = composeServer(options);
  const { settings, log } = parts;
  // A schema change empties the case index (derived data, never migrated): refill it, and the
  // directory's units and the record documents with it, before anyone reads a list. Any change
  // to what the directory derives from the events must bump the index's schema version too.
  const cases = parts.cases.caseIds().length;
  if (parts.caseIndex.createdEmpty && cases > 0) {
    log.info('reproject.start', { cases });
    await reprojectAllCases(parts.workflowDeps, logProgress(log, 'reproject.progress'));
  }

  const level = demoSeedLevel(options.seedDemo, settings.SEED_DEMO);
  if (level !== 'none' && parts.users.count() === 0) {
    await seedDemo(parts, { level, onProgress: logProgress(log, 'seed.progress') });
  }

  const listening = await listenHttp(parts, settings.PORT, settings.HOST);
  const { server, url, port } = listening;
  // Ready means warm: the first document open after a restart would otherwise compile its path.
  const warmStarted = performance.now();
  const warmUp = await warmOpenPath(url).catch(() => ({
    refusedWithCode: null,
    coldStateBytes: null,
  }));
  if (warmUp.coldStateBytes === null) log.warn('server.warm-up-incomplete', { ...warmUp });
  log.info('server.started', {
    url,
    dataDir: settings.DATA_DIR,
    warmUpMs: Math.round(performance.now() - warmStarted),
  });

  async function close(): Promise<void> {
    parts.lifecycle.shuttingDown = true;
    listening.stopListening();
    for (const connection of parts.open) connection.close(CloseCode.GoingAway);
    await parts.rooms.closeAll();
    await parts.store.close();
    parts.db.close();
    server.closeAllConnections();
    log.info('server.stopped', {});
  }
  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    fixtures: parts.fixtures,
    close: () => {
      closing ??= close();
      return closing;
    },
  };
}
