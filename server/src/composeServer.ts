import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createSqliteStore, type DocumentStore } from '@lianban/storage';
import type { Hono } from 'hono';
import { createApp } from './app.ts';
import { type AuditLog, createAuditLog } from './audit/createAuditLog.ts';
import type { Principal } from './auth/principal.ts';
import { createSessionStore, type SessionStore } from './auth/sessionStore.ts';
import { createUserDirectory, type UserDirectory } from './auth/userDirectory.ts';
import { type CaseIndex, createCaseIndex } from './caseIndex/createCaseIndex.ts';
import { type CaseDirectory, createCaseDirectory } from './cases/caseDirectory.ts';
import { createPeopleDirectory, type PeopleDirectory } from './cases/peopleDirectory.ts';
import { createUnitDirectory, type UnitDirectory } from './cases/unitDirectory.ts';
import { type AppDatabase, openAppDatabase } from './db/openAppDatabase.ts';
import { type Env, envSchema } from './env.ts';
import { createLogger, type Logger } from './observability/logger.ts';
import { createMetrics, type Metrics } from './observability/metrics.ts';
import { createFixtures, type Fixtures } from './seed/fixtures.ts';
import type { Connection } from './sync/connection.ts';
import { metricsHooks } from './sync/hooks/metricsHooks.ts';
import { persistenceHooks } from './sync/hooks/persistenceHooks.ts';
import { composeRoomHooks } from './sync/roomHooks.ts';
import { createRoomRegistry, type RoomRegistry } from './sync/roomRegistry.ts';
import { type CaseService, createCaseService } from './workflow/caseService.ts';
import type { CaseServiceDeps } from './workflow/caseServiceDeps.ts';
import { composeWorkflow } from './workflow/composeWorkflow.ts';
import { resolvePetitionerKeySecret } from './workflow/petitionerKeySecret.ts';

/** Options of the server: the environment's settings, all optional, plus injected parts. */
export type ServerOptions = Partial<Env> & {
  /** Seed demo data into an empty database (overrides SEED_DEMO). */
  seedDemo?: boolean;
  /** Use this document store instead of the SQLite file in DATA_DIR. */
  store?: DocumentStore;
  /** Keep the app database in memory (tests of the HTTP API). */
  inMemory?: boolean;
  /** The clock of the workflow and the case index (default the system clock; tests fix it). */
  now?: () => Date;
};

/** Every part of a composed server. */
export interface ServerParts {
  readonly settings: Env;
  readonly log: Logger;
  readonly metrics: Metrics;
  readonly db: AppDatabase;
  readonly audit: AuditLog;
  readonly store: DocumentStore;
  readonly users: UserDirectory;
  readonly sessions: SessionStore;
  readonly cases: CaseDirectory;
  readonly units: UnitDirectory;
  readonly people: PeopleDirectory;
  readonly rooms: RoomRegistry;
  readonly open: Set<Connection>;
  readonly lifecycle: { shuttingDown: boolean };
  readonly app: Hono<{ Variables: { principal: Principal | null } }>;
  readonly fixtures: Fixtures;
  readonly caseIndex: CaseIndex;
  /** The workflow service behind the case and command routes. */
  readonly workflow: CaseService;
  /** Its parts, for building a service with other audit (the demo seed). */
  readonly workflowDeps: CaseServiceDeps;
}

/** The composition root: every part of the server, wired, not yet listening. */
export function composeServer(options: ServerOptions = {}): ServerParts {
  const { now: clock, ...rest } = options;
  const defined = Object.fromEntries(
    Object.entries(rest).filter(([, value]) => value !== undefined),
  );
  const settings: Env = { ...envSchema.parse({}), ...defined };
  const log = createLogger(settings.LOG_LEVEL);
  const metrics = createMetrics(log);
  if (!options.inMemory) mkdirSync(settings.DATA_DIR, { recursive: true });
  const fileIn = (name: string) => (options.inMemory ? ':memory:' : join(settings.DATA_DIR, name));
  const db = openAppDatabase(fileIn('app.sqlite'), settings.SQLITE_SYNCHRONOUS);
  const audit = createAuditLog(db, { algorithm: settings.AUDIT_HASH_ALGORITHM });
  const store =
    options.store ??
    createSqliteStore({
      path: fileIn('documents.sqlite'),
      synchronous: settings.SQLITE_SYNCHRONOUS,
      commitDelayMs: settings.STORE_COMMIT_DELAY_MS,
      drainIntervalMs: settings.STORE_DRAIN_INTERVAL_MS,
      onCheckpointerFailure: (error) =>
        log.error('store.checkpointer-failed', { error: String(error) }),
    });
  const users = createUserDirectory(db);
  const sessionTtlMs = settings.SESSION_TTL_HOURS * 3600_000;
  const sessions = createSessionStore(db, { ttlMs: sessionTtlMs });
  const now = clock ?? (() => new Date());
  const cases = createCaseDirectory(db, now);
  const units = createUnitDirectory(db);
  const people = createPeopleDirectory(db);
  const rooms = createRoomRegistry({
    hooks: composeRoomHooks([
      persistenceHooks(store, metrics, { compactAfter: settings.COMPACT_AFTER_UPDATES }),
      metricsHooks(metrics),
    ]),
    idleMs: settings.ROOM_IDLE_MS,
    onError: (error, room) => log.error('room.error', { room: room.name, error: String(error) }),
  });
  const caseIndex = createCaseIndex(db, { now });
  const workflowDeps = composeWorkflow({
    db,
    cases,
    units,
    people,
    store,
    rooms,
    index: caseIndex,
    audit,
    log,
    now,
    petitionerKeySecret: resolvePetitionerKeySecret({
      fromEnv: settings.PETITIONER_KEY_SECRET,
      dataDir: options.inMemory ? null : settings.DATA_DIR,
      db,
      log,
    }),
  });
  const workflow = createCaseService(workflowDeps);
  const open = new Set<Connection>();
  const lifecycle = { shuttingDown: false };
  const maxMessageBytes = settings.MAX_MESSAGE_BYTES;
  const app = createApp({
    users,
    sessions,
    metrics,
    rooms,
    cases,
    open,
    audit,
    workflow,
    caseIndex,
    clientDir: settings.CLIENT_DIR,
    units,
    people,
    sourceAddress: { trustedProxies: settings.TRUSTED_PROXIES },
    sessionTtlMs,
    secureCookies: false,
    isShuttingDown: () => lifecycle.shuttingDown,
    maxConnectionsPerUser: settings.MAX_CONNECTIONS_PER_USER,
    maxConnectionsPerDocument: settings.MAX_CONNECTIONS_PER_DOCUMENT,
    limits: {
      message: {
        maxMessageBytes,
        maxUpdateBytes: maxMessageBytes,
        maxStateVectorEntries: settings.MAX_STATE_VECTOR_ENTRIES,
        // A stock client echoes every awareness state it knows (all of its room's, on connect):
        // at most the room's connections times the ids each may speak for. Twice that leaves
        // room for states of peers that have just left.
        maxAwarenessClients:
          2 * settings.MAX_CONNECTIONS_PER_DOCUMENT * settings.MAX_AWARENESS_IDS_PER_CONNECTION,
        maxAwarenessStateBytes: settings.MAX_AWARENESS_STATE_BYTES,
      },
      messagesPerSecond: settings.MAX_MESSAGES_PER_SECOND,
      bytesPerSecond: settings.MAX_BYTES_PER_SECOND,
      awarenessPerSecond: settings.MAX_AWARENESS_PER_SECOND,
      maxAwarenessIds: settings.MAX_AWARENESS_IDS_PER_CONNECTION,
      maxBufferedBytes: settings.MAX_BUFFERED_BYTES,
      maxQueuedBeforeReady: settings.MAX_QUEUED_BEFORE_READY,
    },
  });
  const fixtures = createFixtures({ db, users, units, cases, sessions });
  return {
    settings,
    log,
    metrics,
    db,
    audit,
    store,
    users,
    sessions,
    cases,
    units,
    people,
    rooms,
    open,
    lifecycle,
    app,
    fixtures,
    caseIndex,
    workflow,
    workflowDeps,
  };
}
