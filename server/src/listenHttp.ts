import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { WebSocketServer } from 'ws';
import type { ServerParts } from './composeServer.ts';

/** A composed server listening for HTTP and WebSocket upgrades. */
export interface ListeningServer {
  readonly server: Server;
  readonly url: string;
  readonly port: number;
  /** Stops the heartbeat and stops accepting; open connections are the caller's to close. */
  stopListening(): void;
}

/** Serves `parts.app` (HTTP and the sync WebSocket) on `port` at `host`; port 0 picks one. */
export async function listenHttp(
  parts: ServerParts,
  port: number,
  host: string,
): Promise<ListeningServer> {
  const { settings } = parts;
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
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
  } catch (error) {
    clearInterval(heartbeat);
    throw error;
  }
  const bound = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    url: `http://${shownHost}:${bound}`,
    port: bound,
    stopListening() {
      clearInterval(heartbeat);
      server.close();
    },
  };
}
