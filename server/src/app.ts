import { Hono } from 'hono';
import type { Principal } from './auth/principal.ts';
import { readCredentials } from './auth/readCredentials.ts';
import type { SessionStore } from './auth/sessionStore.ts';
import type { UserDirectory } from './auth/userDirectory.ts';
import type { CaseIndex } from './caseIndex/createCaseIndex.ts';
import type { PeopleDirectory } from './cases/peopleDirectory.ts';
import type { UnitDirectory } from './cases/unitDirectory.ts';
import { apiError } from './http/apiError.ts';
import { mountAuditRoutes } from './http/auditRoutes.ts';
import { mountCaseListRoute } from './http/caseListRoute.ts';
import { mountCaseRoutes } from './http/caseRoutes.ts';
import { mountClientRoutes } from './http/clientRoutes.ts';
import { mountCommandRoutes } from './http/commandRoutes.ts';
import { mountInboxRoute } from './http/inboxRoute.ts';
import { mountLoginRoutes } from './http/loginRoutes.ts';
import { mountApiDocs } from './http/openapi/mountApiDocs.ts';
import { mountUnitPeopleRoute } from './http/unitPeopleRoute.ts';
import { mountUnitsRoute } from './http/unitsRoute.ts';
import type { Metrics } from './observability/metrics.ts';
import { mountSyncRoute, type SyncRouteDeps } from './sync/syncRoute.ts';
import type { CaseService } from './workflow/caseService.ts';

/** Everything the HTTP app is wired from. */
export interface AppDeps extends SyncRouteDeps {
  readonly users: UserDirectory;
  readonly sessions: SessionStore;
  readonly metrics: Metrics;
  readonly sessionTtlMs: number;
  readonly secureCookies: boolean;
  readonly isShuttingDown: () => boolean;
  readonly workflow: CaseService;
  readonly caseIndex: CaseIndex;
  /** The built client to serve on the same port; not served when it has not been built. */
  readonly clientDir: string;
  readonly units: UnitDirectory;
  readonly people: PeopleDirectory;
}

/**
 * The Hono app: health, metrics, auth API, the sync endpoint, cases, commands, the inbox, the
 * unit directory and the people of each unit.
 */
export function createApp(deps: AppDeps): Hono<{ Variables: { principal: Principal | null } }> {
  const app = new Hono<{ Variables: { principal: Principal | null } }>();

  app.use('*', async (c, next) => {
    const token = readCredentials(c);
    c.set('principal', token ? deps.sessions.resolve(token) : null);
    await next();
  });

  app.get('/healthz', (c) =>
    deps.isShuttingDown() ? c.json({ status: 'stopping' }, 503) : c.json({ status: 'ok' }),
  );
  app.get('/metrics', (c) =>
    c.text(deps.metrics.render({ openDocuments: deps.rooms.size() }), 200, {
      'content-type': 'text/plain; version=0.0.4',
    }),
  );
  mountLoginRoutes(app, deps);
  mountSyncRoute(app, deps);
  mountAuditRoutes(app, deps);
  mountCaseListRoute(app, {
    index: deps.caseIndex,
    audit: deps.audit,
    sourceAddress: deps.sourceAddress,
  });
  mountCaseRoutes(app, deps);
  mountCommandRoutes(app, deps);
  mountInboxRoute(app, deps);
  mountUnitsRoute(app, deps);
  mountUnitPeopleRoute(app, deps);
  mountApiDocs(app);

  mountClientRoutes(app, deps.clientDir);

  app.notFound((c) => apiError(c, 'not-found'));
  app.onError((error, c) => {
    deps.metrics.log.error('http.error', {
      path: c.req.path,
      error: String(error),
      stack: error.stack,
    });
    return apiError(c, 'internal');
  });
  return app;
}
