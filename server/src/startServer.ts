import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { CloseCode } from '@lianban/sync';
import { WebSocketServer } from 'ws';
import { composeServer, type ServerOptions } from './composeServer.ts';
import { logProgress } from './observability/logProgress.ts';
import type { Fixtures } from './seed/fixtures.ts';
import { demoSeedLevel, seedDemo } from './seed/seedDemo.ts';
import { warmSyncPath } from './sync/warmSyncPath.ts';
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

  // ws refuses frames over maxPayload itself (1009, which stock clients retry); the connection
  // closes anything over MAX_MESSAGE_BYTES with a terminal 4413, so this cap is only for absurd frames.
  const maxPayload = Math.max(settings.MAX_FRAME_BYTES, settings.MAX_MESSAGE_BYTES * 2);
  const wss = new WebSocketServer({ noServer: true, maxPayload });
  const heartbeat = setInterval(() => {
    for (const connection of parts.open) connection.heartbeat();
  }, settings.HEARTBEAT_MS);
  heartbeat.unref();
  const server = createAdaptorServer({
    fetch: parts.app.fetch,
    websocket: { server: wss },
  }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.PORT, settings.HOST, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = settings.HOST.includes(':') ? `[${settings.HOST}]` : settings.HOST;
  const url = `http://${host}:${port}`;
  // Ready means warm: the first document open after a restart would otherwise compile its path.
  const warmStarted = performance.now();
  await warmSyncPath(url, parts.store);
  log.info('server.started', {
    url,
    dataDir: settings.DATA_DIR,
    warmUpMs: Math.round(performance.now() - warmStarted),
  });

  async function close(): Promise<void> {
    parts.lifecycle.shuttingDown = true;
    clearInterval(heartbeat);
    server.close();
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
