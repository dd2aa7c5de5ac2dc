/**
 * Child process: the floor of the load scenarios, not a sync server. It relays every frame to the
 * other sockets on the same URL as it came, stores nothing and checks nothing, and answers a sync
 * step 1 with an empty step 2 so the thin clients' handshake completes. A recipient's frames of
 * one tick go out in one write, as a sync server can at best. What the bench measures against it
 * is what the load generator, the kernel and `ws` cost on their own.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { exitWithParent } from './exitWithParent.ts';
import { type WsSocket, ws } from './wsModule.ts';

// [sync, step 2, length 2, an update with no structs and no deletions]
const emptyStep2 = Uint8Array.of(0, 1, 2, 0, 0);
interface Peer {
  socket: WsSocket;
  /** The TCP stream under `socket`: corked for the rest of the tick on its first frame. */
  transport: Duplex;
}
const rooms = new Map<string, Set<Peer>>();
const corked: Duplex[] = [];

function uncorkAll(): void {
  for (const transport of corked) transport.uncork();
  corked.length = 0;
}

function sendInTick(peer: Peer, data: Uint8Array): void {
  if (peer.transport.writableCorked === 0) {
    peer.transport.cork();
    if (corked.length === 0) process.nextTick(uncorkAll);
    corked.push(peer.transport);
  }
  peer.socket.send(data);
}

const wss = new ws.WebSocketServer({ noServer: true });
const http = createServer((_request, response) => response.end('relay'));
http.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (client) => {
    const name = request.url ?? '/';
    const room = rooms.get(name) ?? new Set<Peer>();
    rooms.set(name, room);
    const self: Peer = { socket: client, transport: socket };
    room.add(self);
    client.on('message', (raw) => {
      // Binary frames arrive as one Buffer (ws's default binaryType).
      const data = raw as Buffer;
      if (data[0] === 0 && data[1] === 0) {
        sendInTick(self, emptyStep2);
        return;
      }
      for (const peer of room) if (peer !== self) sendInTick(peer, data);
    });
    client.on('close', () => room.delete(self));
    client.on('error', () => client.terminate());
  });
});
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
exitWithParent();

process.on('SIGTERM', () => {
  http.close();
  for (const client of wss.clients) client.terminate();
  process.exit(0);
});

const { port } = http.address() as AddressInfo;
process.stdout.write(`${JSON.stringify({ benchReady: true, port, server: 'relay' })}\n`);
