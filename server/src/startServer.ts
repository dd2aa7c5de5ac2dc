import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { CloseCode, defaultMessageLimits } from '@lianban/sync';
import { createSqliteStore, type DocumentStore } from '@lianban/storage';
import { WebSocketServer } from 'ws';
import { createApp } from './app.ts';
import { createSessionStore } from './auth/sessionStore.ts';
import { createUserDirectory } from './auth/userDirectory.ts';
import { createCaseDirectory } from './cases/caseDirectory.ts';
import { createUnitDirectory } from './cases/unitDirectory.ts';
import { openAppDatabase } from './db/openAppDatabase.ts';
import { envSchema, type Env } from './env.ts';
import { createLogger } from './observability/logger.ts';
import { createMetrics } from './observability/metrics.ts';
import { seedDemo } from './seed/seedDemo.ts';
import type { Connection } from './sync/connection.ts';
import { persistenceHooks } from './sync/hooks/persistenceHooks.ts';
import { composeRoomHooks } from './sync/roomHooks.ts';
import { createRoomRegistry } from './sync/roomRegistry.ts';
import { createFixtures, type Fixtures } from './seed/fixtures.ts';

/** Options of {@link startServer}: the environment's settings, all optional. */
export type ServerOptions = Partial<Env> & {
  /** Seed demo data into an empty database (overrides SEED_DEMO). */
  seedDemo?: boolean;
  /** Use this document store instead of the SQLite file in DATA_DIR. */
  store?: DocumentStore;
};

/** A running server. */
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly fixtures: Fixtures;
  /** Stops accepting, flushes every document, closes sockets with 1001. */
  close(): Promise<void>;
}

/** Builds and starts the server; `port: 0` picks a free port. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const env = envSchema.parse({});
  const settings: Env = { ...env, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  const log = createLogger(settings.LOG_LEVEL);
  const metrics = createMetrics(log);
  mkdirSync(settings.DATA_DIR, { recursive: true });
  const db = openAppDatabase(join(settings.DATA_DIR, 'app.sqlite'), settings.SQLITE_SYNCHRONOUS);
  const store =
    options.store ??
    createSqliteStore({ path: join(settings.DATA_DIR, 'documents.sqlite'), synchronous: settings.SQLITE_SYNCHRONOUS });
  const users = createUserDirectory(db);
  const sessionTtlMs = settings.SESSION_TTL_HOURS * 3600_000;
  const sessions = createSessionStore(db, { ttlMs: sessionTtlMs });
  const cases = createCaseDirectory(db);
  const units = createUnitDirectory(db);
  const rooms = createRoomRegistry({
    hooks: composeRoomHooks([persistenceHooks(store, metrics, { compactAfter: settings.COMPACT_AFTER_UPDATES })]),
    idleMs: settings.ROOM_IDLE_MS,
    onError: (error, room) => log.error('room.error', { room: room.name, error: String(error) }),
  });
  const open = new Set<Connection>();
  let shuttingDown = false;
  const maxMessageBytes = settings.MAX_MESSAGE_BYTES;

  const app = createApp({
    users,
    sessions,
    metrics,
    rooms,
    cases,
    open,
    sessionTtlMs,
    secureCookies: false,
    isShuttingDown: () => shuttingDown,
    maxConnectionsPerUser: settings.MAX_CONNECTIONS_PER_USER,
    limits: {
      message: { ...defaultMessageLimits, maxMessageBytes, maxUpdateBytes: maxMessageBytes },
      messagesPerSecond: settings.MAX_MESSAGES_PER_SECOND,
      bytesPerSecond: settings.MAX_BYTES_PER_SECOND,
      awarenessPerSecond: settings.MAX_AWARENESS_PER_SECOND,
      maxBufferedBytes: settings.MAX_BUFFERED_BYTES,
      maxQueuedBeforeReady: 512,
    },
  });

  const shouldSeed = options.seedDemo ?? settings.SEED_DEMO;
  if (shouldSeed && users.count() === 0) {
    await seedDemo({ db, users, units, cases, store, log });
  }

  // ws drops frames over maxPayload itself (1009); the limit is checked first by the connection
  // (4413), so the hard cap only guards against absurd frames.
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes * 2 });
  const server = createAdaptorServer({ fetch: app.fetch, websocket: { server: wss } }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.PORT, settings.HOST, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${settings.HOST.includes(':') ? `[${settings.HOST}]` : settings.HOST}:${port}`;
  log.info('server.started', { url, dataDir: settings.DATA_DIR });

  let closing: Promise<void> | undefined;
  async function close(): Promise<void> {
    shuttingDown = true;
    server.close();
    for (const connection of open) connection.close(CloseCode.GoingAway);
    await rooms.closeAll();
    await store.close();
    db.close();
    server.closeAllConnections();
    log.info('server.stopped', {});
  }

  return {
    url,
    port,
    fixtures: createFixtures({ db, users, units, cases, sessions }),
    close: () => {
      closing ??= close();
      return closing;
    },
  };
}
