import type { IncomingMessage } from 'node:http';
import { upgradeWebSocket } from '@hono/node-server';
import { parseRoomName } from '@lianban/case-model';
import { CloseCode } from '@lianban/sync';
import type { Hono } from 'hono';
import type WebSocket from 'ws';
import { auditActorOf } from '../audit/auditActorOf.ts';
import type { AuditLog } from '../audit/createAuditLog.ts';
import { readSourceAddress, type SourceAddressOptions } from '../audit/sourceAddress.ts';
import type { Principal } from '../auth/principal.ts';
import type { CaseDirectory } from '../cases/caseDirectory.ts';
import type { UnitDirectory } from '../cases/unitDirectory.ts';
import type { Metrics } from '../observability/metrics.ts';
import { decideDocumentAccess } from '../policy/documentAccess.ts';
import { Connection } from './connection.ts';
import type { ConnectionLimits } from './connectionLimits.ts';
import type { RoomRegistry } from './roomRegistry.ts';

/** What the sync route needs. */
export interface SyncRouteDeps {
  readonly rooms: RoomRegistry;
  readonly cases: CaseDirectory;
  /** Names the user's unit in the awareness states the server stamps. */
  readonly units: Pick<UnitDirectory, 'get'>;
  readonly metrics: Metrics;
  readonly limits: ConnectionLimits;
  readonly maxConnectionsPerUser: number;
  readonly maxConnectionsPerDocument: number;
  /** True once shutdown has begun: new sockets are refused with 1001. */
  readonly isShuttingDown: () => boolean;
  /** Every open connection, for shutdown. */
  readonly open: Set<Connection>;
  readonly audit: AuditLog;
  readonly sourceAddress?: SourceAddressOptions;
}

type Verdict =
  | {
      kind: 'accept';
      principal: Principal;
      access: 'write' | 'read';
      roomName: string;
      ref: NonNullable<ReturnType<typeof parseRoomName>>;
    }
  | { kind: 'refuse'; code: 1001 | 4401 | 4403 | 4429; reason: string };

/**
 * `GET /sync/<room>`: the y-websocket endpoint. Refusals are sent as close codes after the
 * upgrade (an HTTP error would make the stock client retry forever).
 */
export function mountSyncRoute(
  app: Hono<{ Variables: { principal: Principal | null } }>,
  deps: SyncRouteDeps,
): void {
  const perUser = new Map<string, number>();
  const perDocument = new Map<string, number>();
  const countDown = (counts: Map<string, number>, key: string): void => {
    const count = (counts.get(key) ?? 1) - 1;
    if (count === 0) counts.delete(key);
    else counts.set(key, count);
  };

  function judge(principal: Principal | null, roomName: string): Verdict {
    // A socket upgraded on a kept-alive connection after the listener closed.
    if (deps.isShuttingDown())
      return { kind: 'refuse', code: CloseCode.GoingAway, reason: 'shutting-down' };
    if (!principal)
      return { kind: 'refuse', code: CloseCode.Unauthorized, reason: 'no-credentials' };
    const ref = parseRoomName(roomName);
    const facts = ref ? deps.cases.accessFacts(ref.caseId) : null;
    if (!ref || !facts)
      return { kind: 'refuse', code: CloseCode.Forbidden, reason: 'unknown-document' };
    const decision = decideDocumentAccess(principal, facts, ref);
    if (decision.access === 'none')
      return { kind: 'refuse', code: CloseCode.Forbidden, reason: decision.reason };
    if ((perUser.get(principal.userId) ?? 0) >= deps.maxConnectionsPerUser) {
      return { kind: 'refuse', code: CloseCode.RateLimited, reason: 'too-many-connections' };
    }
    if ((perDocument.get(roomName) ?? 0) >= deps.maxConnectionsPerDocument) {
      return { kind: 'refuse', code: CloseCode.RateLimited, reason: 'document-full' };
    }
    return { kind: 'accept', principal, access: decision.access, roomName, ref };
  }

  app.get(
    '/sync/*',
    upgradeWebSocket((c) => {
      // Room names are plain ASCII (see parseRoomName); anything escaped is simply not a room.
      const roomName = c.req.path.slice('/sync/'.length);
      // upgradeWebSocket's context is untyped: name the type so null is checked.
      const requester = c.get('principal') as Principal | null;
      const verdict = judge(requester, roomName);
      const sourceAddress = readSourceAddress(c, deps.sourceAddress);
      // The upgraded request's socket is the stream `ws` frames on (node-server's `env.incoming`).
      const transport = (c.env as { incoming: IncomingMessage }).incoming.socket;
      return {
        onOpen(_event, ws) {
          const socket = ws.raw as WebSocket;
          if (verdict.kind === 'refuse') {
            deps.metrics.rejected(verdict.reason);
            deps.metrics.log.info('sync.refused', {
              room: roomName,
              reason: verdict.reason,
              code: verdict.code,
            });
            if (requester) {
              deps.audit.record({
                action: 'document.refused',
                actor: auditActorOf(requester),
                sourceAddress,
                caseId: parseRoomName(roomName)?.caseId,
                document: roomName,
                outcome: 'denied',
                details: { reason: verdict.reason, code: verdict.code },
              });
            }
            socket.close(verdict.code, verdict.reason);
            return;
          }
          const { principal, access, ref } = verdict;
          perUser.set(principal.userId, (perUser.get(principal.userId) ?? 0) + 1);
          perDocument.set(roomName, (perDocument.get(roomName) ?? 0) + 1);
          const connection = new Connection(
            socket,
            transport,
            principal,
            // The id stands in for a unit the directory does not know; clients read it as no name.
            deps.units.get(principal.unitId)?.name ?? principal.unitId,
            access,
            deps.limits,
            deps.metrics,
          );
          deps.open.add(connection);
          deps.metrics.connections++;
          deps.metrics.log.info('document.opened', {
            room: roomName,
            user: principal.userId,
            unit: principal.unitId,
            access,
          });
          deps.audit.record({
            action: 'document.opened',
            actor: auditActorOf(principal),
            sourceAddress,
            caseId: ref.caseId,
            document: roomName,
            outcome: 'allowed',
            details: { access },
          });
          const onMessage = (data: Buffer) => connection.receive(data);
          socket.on('message', onMessage);
          // Hono's adapter adds a 'message' listener of its own right after onOpen returns, for
          // an onMessage this route does not have: off again, so a message is one listener call.
          queueMicrotask(() => {
            for (const listener of socket.listeners('message')) {
              if (listener !== onMessage) socket.off('message', listener as () => void);
            }
          });
          socket.on('pong', () => connection.markAlive());
          const joined = deps.rooms.join(roomName, ref, connection).then(
            (room) => {
              connection.attach(room);
              return room;
            },
            (error) => {
              deps.metrics.log.error('room.load-failed', { room: roomName, error: String(error) });
              connection.close(CloseCode.InternalError);
              return null;
            },
          );
          socket.on('close', () => {
            connection.dispose();
            deps.open.delete(connection);
            deps.metrics.connections--;
            countDown(perUser, principal.userId);
            countDown(perDocument, roomName);
            joined.then((room) => room && deps.rooms.leave(room, connection));
          });
          socket.on('error', () => socket.terminate());
        },
      };
    }),
  );
}
